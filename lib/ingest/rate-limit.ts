/**
 * Runs calls to one host one at a time, each starting at least `intervalMs` after the previous
 * one finished. arXiv asks for one request every 3 seconds on one connection, for the RSS and
 * API endpoints alike; with one request in flight, keep-alive reuses one connection.
 */
export function createRateLimiter(intervalMs: number, clock: () => number = Date.now) {
  let next = 0;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const turn = chain.then(async () => {
        const delay = next - clock();
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        try {
          return await task();
        } finally {
          next = clock() + intervalMs;
        }
      });
      chain = turn.catch(() => {});
      return turn;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** No spacing: for hosts without a stated limit, and for tests. */
export const NO_RATE_LIMIT: RateLimiter = { run: (task) => task() };

// One per process for every arXiv endpoint.
export const arxivRateLimiter = createRateLimiter(3_000);
