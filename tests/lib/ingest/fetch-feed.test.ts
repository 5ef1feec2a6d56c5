import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFeed, parseRetryAfter } from "@/lib/ingest/fetch-feed";
import { createRateLimiter } from "@/lib/ingest/rate-limit";
import { startFeedServer } from "@/tests/helpers/feed-server";

let server: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const fast = { backoffMs: 5, retries: 3 };

describe("fetchFeed (real HTTP)", () => {
  it("names the app and a contact address in the User-Agent", async () => {
    server.on("/ua", { file: "arxiv-rss.xml" });
    await fetchFeed(`${server.url}/ua`, fast);
    expect(server.requests.at(-1)!.headers["user-agent"]).toMatch(/^SparseDigest\/[\d.]+ \(\+mailto:.+@.+\)$/);
  });

  it("waits for Retry-After on 429 and then succeeds", async () => {
    server.on("/429", { body: "slow down", status: 429, headers: { "retry-after": "1" } }, { file: "arxiv-rss.xml" });
    const started = Date.now();
    const result = await fetchFeed(`${server.url}/429`, fast);
    expect(result.status).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up at once when Retry-After asks for longer than allowed", async () => {
    server.on("/429-long", { body: "", status: 503, headers: { "retry-after": "3600" } });
    await expect(fetchFeed(`${server.url}/429-long`, { ...fast, maxRetryAfterMs: 10_000 })).rejects.toThrow("HTTP 503");
    expect(server.requests.filter((r) => r.path === "/429-long")).toHaveLength(1);
  });

  it("retries a 500 with backoff and fails after the last retry", async () => {
    server.on("/500", { body: "boom", status: 500 });
    await expect(fetchFeed(`${server.url}/500`, fast)).rejects.toThrow("HTTP 500");
    expect(server.requests.filter((r) => r.path === "/500")).toHaveLength(4);
  });

  it("does not retry a 404", async () => {
    server.on("/gone", { body: "", status: 404 });
    await expect(fetchFeed(`${server.url}/gone`, fast)).rejects.toThrow("HTTP 404");
    expect(server.requests.filter((r) => r.path === "/gone")).toHaveLength(1);
  });

  it("aborts a response slower than the timeout, headers or body", async () => {
    server.on("/slow", { file: "arxiv-rss.xml", delayMs: 2_000 });
    server.on("/stall", { stallBodyMs: 2_000 });
    const started = Date.now();
    await expect(fetchFeed(`${server.url}/slow`, { ...fast, retries: 0, timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms/);
    await expect(fetchFeed(`${server.url}/stall`, { ...fast, retries: 0, timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms reading the body/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("survives a connection reset by retrying", async () => {
    server.on("/reset", { reset: true }, { file: "arxiv-rss.xml" });
    const result = await fetchFeed(`${server.url}/reset`, fast);
    expect(result.status).toBe("ok");
  });

  it("refuses a body larger than the byte cap", async () => {
    server.on("/big", { body: "x".repeat(200_000) });
    await expect(fetchFeed(`${server.url}/big`, { ...fast, maxBytes: 100_000 })).rejects.toThrow(/byte cap/);
  });

  it("sends ETag and Last-Modified back and takes a 304 as unchanged", async () => {
    server.on("/cond", { file: "arxiv-rss.xml", etag: '"v1"', lastModified: "Thu, 26 Nov 2026 05:00:18 GMT" });
    const first = await fetchFeed(`${server.url}/cond`, fast);
    if (first.status !== "ok") throw new Error("expected a body");
    expect(first.conditional).toEqual({ etag: '"v1"', lastModified: "Thu, 26 Nov 2026 05:00:18 GMT" });
    const second = await fetchFeed(`${server.url}/cond`, { ...fast, conditional: first.conditional });
    expect(second).toEqual({ status: "not-modified" });
    expect(server.requests.at(-1)!.headers["if-none-match"]).toBe('"v1"');
  });

  it("spaces requests to one host by the limiter's interval, one at a time", async () => {
    server.on("/limited", { file: "arxiv-rss-weekend.xml" });
    const limiter = createRateLimiter(300);
    await Promise.all([1, 2, 3].map(() => fetchFeed(`${server.url}/limited`, { ...fast, limiter })));
    const times = server.requests.filter((r) => r.path === "/limited").map((r) => r.at);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(290);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(290);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("7")).toBe(7_000);
    expect(parseRetryAfter("Sat, 28 Nov 2026 12:00:10 GMT", Date.parse("2026-11-28T12:00:00Z"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
