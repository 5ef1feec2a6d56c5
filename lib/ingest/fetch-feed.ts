import { settings } from "@/lib/platform/settings";
import { NO_RATE_LIMIT, type RateLimiter } from "@/lib/ingest/rate-limit";
import { decodeBody } from "@/lib/ingest/decode-body";

// rss-parser's parseURL buffers without a size cap and its timeout does not abort the request,
// so every source fetches here and parses the string afterwards.

export type Conditional = { etag: string | null; lastModified: string | null };

export type FetchOptions = {
  conditional?: Conditional;
  /** Covers the whole exchange, body included; the request is aborted when it runs out. */
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  /** First backoff step; doubles per attempt, with jitter. */
  backoffMs?: number;
  /** A Retry-After longer than this fails the fetch instead of stalling the run. */
  maxRetryAfterMs?: number;
  limiter?: RateLimiter;
  accept?: string;
  sleep?: (ms: number) => Promise<void>;
};

export type FetchResult =
  | { status: "not-modified" }
  | { status: "ok"; body: string; conditional: Conditional; contentType: string | null };

export class FetchError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

const userAgent = () => `SparseDigest/0.1 (+mailto:${settings().CONTACT_EMAIL})`;
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** GET with a hard timeout, a byte cap, retries with backoff and jitter, and conditional headers. */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { retries = 3, backoffMs = 1_000, maxRetryAfterMs = 120_000, sleep = sleepFor } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await (options.limiter ?? NO_RATE_LIMIT).run(() => fetchOnce(url, options));
    } catch (error) {
      const failure = error instanceof FetchError ? error : new FetchError(describe(error), true);
      if (!failure.retryable || attempt >= retries) throw failure;
      const retryAfter = (failure as FetchError & { retryAfterMs?: number }).retryAfterMs;
      if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) throw failure;
      const backoff = backoffMs * 2 ** attempt * (0.5 + Math.random() / 2);
      await sleep(Math.max(retryAfter ?? 0, backoff));
    }
  }
}

async function fetchOnce(url: string, options: FetchOptions): Promise<FetchResult> {
  const { timeoutMs = 30_000, maxBytes = 50 * 1024 * 1024, conditional } = options;
  const headers: Record<string, string> = { "user-agent": userAgent(), accept: options.accept ?? "*/*" };
  if (conditional?.etag) headers["if-none-match"] = conditional.etag;
  if (conditional?.lastModified) headers["if-modified-since"] = conditional.lastModified;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    throw new FetchError(signal.aborted ? `timed out after ${timeoutMs} ms` : describe(error), true);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: "not-modified" };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const retryable = response.status === 429 || response.status >= 500;
    const failure = new FetchError(`HTTP ${response.status} from ${new URL(url).host}`, retryable);
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    if (retryAfter !== null) Object.assign(failure, { retryAfterMs: retryAfter });
    throw failure;
  }
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`response of ${declared} bytes exceeds the ${maxBytes}-byte cap`, false);
  }
  const bytes = await readCapped(response, maxBytes, signal, timeoutMs);
  const contentType = response.headers.get("content-type");
  return {
    status: "ok",
    body: decodeBody(bytes, contentType),
    contentType,
    conditional: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") },
  };
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number) {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = response.body?.getReader();
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      total += read.value.byteLength;
      if (total > maxBytes) {
        await reader!.cancel();
        throw new FetchError(`response exceeds the ${maxBytes}-byte cap`, false);
      }
      chunks.push(read.value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(signal.aborted ? `timed out after ${timeoutMs} ms reading the body` : describe(error), true);
  }
  return Buffer.concat(chunks);
}

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : cause?.message ? `${error.message}: ${cause.message}` : error.message;
}
