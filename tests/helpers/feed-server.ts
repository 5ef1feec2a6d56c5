import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// A real HTTP server replaying recorded feeds (tests/fixtures/feeds) and misbehaving on demand,
// so the ingest code under test goes through fetch, sockets and headers exactly as in production.

export type Reply =
  | { file: string; status?: number; contentType?: string; etag?: string; lastModified?: string; delayMs?: number }
  | { body: string | Buffer; status?: number; contentType?: string; headers?: Record<string, string>; delayMs?: number }
  /** Sends headers and part of the body, then destroys the socket. */
  | { reset: true }
  /** Sends the headers, then stalls mid-body for this long. */
  | { stallBodyMs: number };

export type Recorded = { path: string; query: URLSearchParams; headers: http.IncomingHttpHeaders; at: number };

const FIXTURES = path.resolve("tests/fixtures/feeds");
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

export async function startFeedServer() {
  // Per path, a queue of replies: the last one repeats once the others are used up.
  const routes = new Map<string, Reply[]>();
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers, at: Date.now() });
    const queue = routes.get(url.pathname + url.search) ?? routes.get(url.pathname);
    const reply = queue && (queue.length > 1 ? queue.shift()! : queue[0]);
    if (!reply) return void res.writeHead(404).end("no route");
    void respond(reply, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Replies for a path (optionally with its exact query string), used in order. */
    on(pathAndQuery: string, ...replies: Reply[]) {
      routes.set(pathAndQuery, replies);
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function respond(reply: Reply, req: http.IncomingMessage, res: http.ServerResponse) {
  if ("reset" in reply) {
    res.writeHead(200, { "content-type": "application/xml", "content-length": "100000" });
    res.write("<?xml version='1.0'?><rss version=\"2.0\"><channel>");
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  if ("stallBodyMs" in reply) {
    res.writeHead(200, { "content-type": "application/xml" });
    res.write("<?xml version='1.0'?><rss version=\"2.0\"><channel>");
    setTimeout(() => res.end("</channel></rss>"), reply.stallBodyMs);
    return;
  }
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
  if (res.destroyed) return;
  if ("file" in reply) {
    const headers: Record<string, string> = { "content-type": reply.contentType ?? "application/xml; charset=utf-8" };
    if (reply.etag) headers.etag = reply.etag;
    if (reply.lastModified) headers["last-modified"] = reply.lastModified;
    const fresh = (reply.etag && req.headers["if-none-match"] === reply.etag) || (reply.lastModified && req.headers["if-modified-since"] === reply.lastModified);
    if (fresh) return void res.writeHead(304, headers).end();
    return void res.writeHead(reply.status ?? 200, headers).end(fixture(reply.file));
  }
  res.writeHead(reply.status ?? 200, { "content-type": reply.contentType ?? "text/plain", ...reply.headers }).end(reply.body);
}
