/**
 * Every recurring job of the worker, in one place. pg-boss keeps one schedule per name in
 * PostgreSQL, so several workers may run: each tick is queued once and handled by one of them.
 * Entries are thin calls into lib/ (the same run* functions the cron routes call).
 */
export type Schedule = {
  name: string;
  cron: string;
  tz?: string;
  /** Seconds a run may take before pg-boss considers it dead and retries it. */
  expireInSeconds: number;
  run: () => Promise<unknown>;
};

export async function getSchedules(): Promise<Schedule[]> {
  return [];
}
