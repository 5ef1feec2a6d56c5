import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/tests/helpers/db";
import { request, startWebServer, WEB_SERVER_TIMEOUT_MS, type WebServer } from "@/tests/helpers/web-server";

// /status was rendered on every request (p99 7.7 s under 200 connections). Its data changes
// only when an ingest run starts or ends, and those tables notify the page cache.
let server: WebServer;

beforeAll(async () => {
  await resetDatabase();
  server = await startWebServer();
}, WEB_SERVER_TIMEOUT_MS);
afterAll(() => server?.stop());

const status = () => request(server.port, { path: "/status" });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("/status", () => {
  it("is rendered once and served from memory until an ingest run changes it", async () => {
    const first = await status();
    expect(first.status).toBe(200);
    expect(first.body).toContain("No ingest has run yet.");
    expect((await status()).headers["x-page-cache"]).toBe("hit");

    // Another process (the worker) starts a run: PostgreSQL's notification ends the cached copy.
    await db.ingestSource.create({ data: { id: "arxiv-rss", lastRunAt: new Date() } });
    await db.ingestRun.create({ data: { sourceId: "arxiv-rss", status: "running" } });
    const after = await until(status, (r) => !r.body.includes("No ingest has run yet."));
    expect(after.body).not.toContain("No ingest has run yet.");
    expect((await status()).headers["x-page-cache"]).toBe("hit");
  });
});
