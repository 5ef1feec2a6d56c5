import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withPageCache } from "@/lib/web/cached-handler";
import { bumpDataVersion } from "@/lib/platform/data-version";
import { createPageCache, entryBytes } from "@/lib/web/page-cache";
import { hasVoted } from "@/lib/votes/voter-hint";

// The page cache in front of a real HTTP server, wired as scripts/serve.ts wires it; the "app"
// behind it counts its renders.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type App = (req: IncomingMessage, res: ServerResponse, render: number) => unknown;

async function serve(app: App = (_req, res, n) => res.end(`<p>render ${n}</p>`), { live = (): boolean => true } = {}) {
  let renders = 0;
  const cache = createPageCache();
  server = createServer(withPageCache(async (req, res) => void (await app(req, res, ++renders)), { cache, live, wantsFresh: hasVoted }));
  await new Promise<void>((resolve) => server!.listen(0, resolve));
  const base = `http://localhost:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(base + path, init);
    return { status: response.status, body: await response.text(), cache: response.headers.get("x-page-cache"), headers: response.headers };
  };
  return { get, renders: () => renders, cache };
}

describe("page cache", () => {
  it("renders a public page once and serves it from memory until the data changes", async () => {
    const app = await serve((_req, res, n) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write("<p>render ");
      res.end(`${n}</p>`);
    });
    expect(await app.get("/?window=week")).toMatchObject({ body: "<p>render 1</p>", cache: "miss" });
    const hit = await app.get("/?window=week");
    expect(hit).toMatchObject({ body: "<p>render 1</p>", cache: "hit" });
    expect(hit.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await app.get("/?window=month")).toMatchObject({ body: "<p>render 2</p>" });
    bumpDataVersion();
    expect(await app.get("/?window=week")).toMatchObject({ body: "<p>render 3</p>", cache: "miss" });
    expect(app.renders()).toBe(3);
  });

  it("serves /status from memory like the other public pages", async () => {
    const app = await serve();
    await app.get("/status");
    expect(await app.get("/status")).toMatchObject({ body: "<p>render 1</p>", cache: "hit" });
    bumpDataVersion(); // an ingest run started or ended (IngestRun notifies)
    expect(await app.get("/status")).toMatchObject({ body: "<p>render 2</p>", cache: "miss" });
  });

  it("keys pages on the headers Next.js varies on", async () => {
    const app = await serve((req, res, n) => {
      res.setHeader("vary", "rsc, Next-Router-State-Tree, Accept-Encoding");
      res.end(`${req.headers.rsc ? "rsc" : "html"} ${n}`);
    });
    await app.get("/papers/2401.00001");
    expect((await app.get("/papers/2401.00001", { headers: { rsc: "1" } })).body).toBe("rsc 2");
    expect((await app.get("/papers/2401.00001", { headers: { rsc: "1" } })).body).toBe("rsc 2");
    expect((await app.get("/papers/2401.00001")).body).toBe("html 1");
  });

  it("never stores private, failed, unknown-vary or non-public responses", async () => {
    const app = await serve((req, res, n) => {
      if (req.url === "/papers/cookie") res.setHeader("set-cookie", "a=1");
      if (req.url === "/papers/missing") res.statusCode = 404;
      if (req.url === "/papers/vary") res.setHeader("vary", "cookie");
      res.end(String(n));
    });
    for (const path of ["/papers/cookie", "/papers/missing", "/papers/vary", "/statuses", "/manage/abc", "/dev/outbox", "/api/cron/ingest"]) {
      const first = await app.get(path);
      const second = await app.get(path);
      expect(second.body, path).not.toBe(first.body);
      expect(second.cache, path).not.toBe("hit");
    }
    const posted = await app.get("/", { method: "POST" });
    expect((await app.get("/", { method: "POST" })).body).not.toBe(posted.body);
  });

  it("serves nothing from memory while the change feed is down", async () => {
    let live = true;
    const app = await serve(undefined, { live: () => live });
    await app.get("/topics/moe");
    live = false;
    expect((await app.get("/topics/moe")).body).toBe("<p>render 2</p>");
    expect((await app.get("/topics/moe")).body).toBe("<p>render 3</p>");
    live = true;
    expect((await app.get("/topics/moe")).cache).toBe("hit");
  });

  it("lets concurrent requests for one page share a single render", async () => {
    const app = await serve(async (_req, res, n) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      res.end(`slow ${n}`);
    });
    const bodies = await Promise.all(Array.from({ length: 10 }, () => app.get("/feed.xml?topics=moe")));
    expect(new Set(bodies.map((b) => b.body))).toEqual(new Set(["slow 1"]));
    expect(app.renders()).toBe(1);
  });

  it("after a change, serves the previous copy while the new one renders, but never to a voter", async () => {
    let release = () => {};
    const app = await serve(async (_req, res, n) => {
      if (n === 2) await new Promise<void>((resolve) => (release = resolve));
      res.end(`render ${n}`);
    });
    await app.get("/topics/moe");
    bumpDataVersion();
    const fresh = app.get("/topics/moe"); // renders the new data, held until released
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await app.get("/topics/moe")).toMatchObject({ body: "render 1", cache: "stale" });
    const voter = app.get("/topics/moe", { headers: { cookie: "sd_has_voted=1" } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await fresh).toMatchObject({ body: "render 2", cache: "miss" });
    expect(await voter).toMatchObject({ body: "render 2", cache: "hit" });
    expect(await app.get("/topics/moe")).toMatchObject({ body: "render 2", cache: "hit" });
  });

  it("does not store a page whose data changed while it rendered", async () => {
    const app = await serve(async (_req, res, n) => {
      if (n === 1) bumpDataVersion(); // a vote commits mid-render
      res.end(String(n));
    });
    expect((await app.get("/")).body).toBe("1");
    expect((await app.get("/")).body).toBe("2");
    expect((await app.get("/")).body).toBe("2");
  });

  it("answers a matching If-None-Match with 304", async () => {
    const app = await serve((_req, res) => {
      res.setHeader("etag", '"v1"');
      res.end("tagged");
    });
    await app.get("/api/papers?limit=5");
    expect((await app.get("/api/papers?limit=5", { headers: { "if-none-match": '"v1"' } })).status).toBe(304);
  });
});

describe("page cache store", () => {
  const page = (body: string, version = 0, storedAt = 0) => ({ status: 200, headers: {}, body: Buffer.from(body), version, storedAt });

  it("evicts the least recently used pages past its size and expires old ones", () => {
    const one = entryBytes("aaa", page("x".repeat(10))); // every key below has three characters
    const cache = createPageCache({ maxBytes: one * 20, ttlMs: 1_000 });
    cache.set("aaa", page("x".repeat(10)));
    cache.set("bbb", page("y".repeat(10)));
    cache.get("aaa", 0, 0); // aaa is now the most recently used
    for (let i = 10; i < 29; i++) cache.set(`c${i}`, page("z".repeat(10)));
    expect(cache.get("bbb", 0, 0)).toBeUndefined();
    expect(cache.get("aaa", 0, 0)).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(one * 20);
    cache.set("ddd", page("d"));
    expect(cache.get("ddd", 0, 999)).toBeDefined();
    expect(cache.get("ddd", 0, 1_000)).toBeUndefined();
    cache.set("eee", page("e", 1));
    expect(cache.get("eee", 2, 0)).toBeUndefined();
  });

  it("counts what an entry holds, not only its body: tiny answers under long URLs stay in budget", () => {
    const maxBytes = 2 * 2 ** 20;
    const cache = createPageCache({ maxBytes });
    const headers = { "content-type": "application/json", vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" };
    for (let i = 0; i < 5_000; i++) {
      const key = `/api/papers?q=zzz&pad=${"p".repeat(4_000)}${i}\n\n\n\n\n\ngzip`;
      cache.set(key, { status: 200, headers, body: Buffer.from('{"papers":[],"nextCursor":null}'), version: 0, storedAt: Date.now() });
    }
    // Counted by body alone these were 155 KB and all 5,000 (20 MB of keys) stayed.
    expect(cache.stats().bytes).toBeLessThanOrEqual(maxBytes);
    expect(cache.stats().entries).toBeLessThan(500);
  });
});
