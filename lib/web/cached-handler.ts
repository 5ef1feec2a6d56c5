// Serves public pages from the page cache and fills it as they render. A rendered page is stored
// only when it depends on nothing but its URL and the data: the pages listed in CACHEABLE_PATH
// never read cookies or per-visitor state (the vote buttons ask for this browser's votes after
// load), answer 200 without Set-Cookie, and vary on no header outside KEY_HEADERS.
// After a change, the first request for a page renders it afresh; requests arriving during that
// render get the previous copy (as stale-while-revalidate), except those `wantsFresh` picks (a
// browser that has voted, scripts/serve.ts): they wait, so their own writes are in what they see.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { dataVersion } from "@/lib/platform/data-version";
import type { CachedPage, PageCache } from "@/lib/web/page-cache";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// /status too: it shows ingest runs, and IngestRun/IngestSource notify like the paper tables do.
// /saved renders the list its URL names (the browser's own list is applied after load).
const CACHEABLE_PATH = /^\/(?:$|\?|papers\/|topics\/|authors\/|about\/|status(?:$|\?)|saved(?:$|\?)|feed\.(?:xml|atom|json|bib)(?:$|\?)|api\/papers(?:$|[/?]))/;
// The request headers Next.js varies pages on (RSC navigations, prefetches) plus compression.
const KEY_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"];
const HOP_HEADERS = ["connection", "keep-alive", "transfer-encoding", "content-length", "date"];
const MAX_PAGE_BYTES = 2 * 2 ** 20;

function isCacheableRequest(req: IncomingMessage): boolean {
  return req.method === "GET" && CACHEABLE_PATH.test(req.url ?? "") && !req.headers["next-action"];
}

function pageCacheKey(req: IncomingMessage): string {
  return [req.url, ...KEY_HEADERS.map((name) => req.headers[name] ?? "")].join("\n");
}

type Options = {
  cache: PageCache;
  /** False while the change feed is down: nothing is served from or stored in the cache. */
  live: () => boolean;
  /** Requests that wait for a fresh render rather than take the previous copy. */
  wantsFresh?: (req: IncomingMessage) => boolean;
};

export function withPageCache(handle: Handler, { cache, live, wantsFresh = () => false }: Options): Handler {
  const rendering = new Map<string, Promise<CachedPage | null>>();

  return async (req, res) => {
    if (!isCacheableRequest(req) || !live()) return handle(req, res);
    const key = pageCacheKey(req);
    const version = dataVersion();
    const hit = cache.get(key, version);
    if (hit) return serve(req, res, hit);
    const pending = rendering.get(key);
    if (pending) {
      const previous = cache.peek(key);
      if (previous && !wantsFresh(req)) return serve(req, res, previous, "stale");
      const page = await pending;
      if (page && page.version === dataVersion()) return serve(req, res, page);
      return handle(req, res);
    }
    const rendered = capture(res, version);
    rendering.set(key, rendered);
    void rendered.then((page) => {
      if (rendering.get(key) === rendered) rendering.delete(key);
      // A change that committed while this page rendered may or may not be in it: not stored.
      if (page && live() && dataVersion() === version) cache.set(key, page);
    });
    res.setHeader("x-page-cache", "miss");
    return handle(req, res);
  };
}

function serve(req: IncomingMessage, res: ServerResponse, page: CachedPage, how: "hit" | "stale" = "hit") {
  const etag = page.headers.etag;
  if (etag && req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag, "x-page-cache": how });
    return void res.end();
  }
  res.writeHead(page.status, { ...page.headers, "content-length": page.body.length, "x-page-cache": how });
  res.end(page.body);
}

/** Tees what the handler writes into a page, resolved when the response ends (null: not storable). */
function capture(res: ServerResponse, version: number): Promise<CachedPage | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let storable = true;
  let headHeaders: OutgoingHttpHeaders = {};
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!storable || chunk == null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) return void ((storable = false), (chunks.length = 0));
    chunks.push(buffer);
  };
  const { writeHead, write, end } = res;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => arg && typeof arg === "object");
    if (Array.isArray(headers)) storable = false;
    else if (headers) headHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof res.end;

  return new Promise((resolve) => {
    res.once("close", () => resolve(null)); // aborted before it finished
    res.once("finish", () => {
      const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...headHeaders };
      const vary = String(headers.vary ?? "").toLowerCase().split(",").map((h) => h.trim()).filter(Boolean);
      const ok = storable && res.statusCode === 200 && !headers["set-cookie"] && vary.every((h) => KEY_HEADERS.includes(h));
      if (!ok) return resolve(null);
      for (const name of HOP_HEADERS) delete headers[name];
      resolve({ status: 200, headers, body: ownBuffer(chunks, size), version, storedAt: Date.now() });
    });
  });
}

/**
 * The body in memory of its own. Buffer.concat would hand a small body out of Node's shared 8 KB
 * pool, and a cached slice keeps its whole slab alive: thousands of small pages, megabytes more.
 */
function ownBuffer(chunks: Buffer[], size: number): Buffer {
  const body = Buffer.allocUnsafeSlow(size);
  let offset = 0;
  for (const chunk of chunks) offset += chunk.copy(body, offset);
  return body;
}
