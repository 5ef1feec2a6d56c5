import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NO_RATE_LIMIT } from "@/lib/ingest/rate-limit";
import { runIngest } from "@/lib/ingest/run-ingest";
import { arxivApiSource } from "@/lib/ingest/sources/arxiv-api";
import { arxivRssSource } from "@/lib/ingest/sources/arxiv-rss";
import { feedFileSource } from "@/lib/ingest/sources/feed-file";
import { hfDailySource } from "@/lib/ingest/sources/hf-daily";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { db, resetDatabase } from "@/tests/helpers/db";
import { startFeedServer } from "@/tests/helpers/feed-server";

const NOW = new Date("2026-11-28T12:00:00Z");
const fetchOptions = { limiter: NO_RATE_LIMIT, backoffMs: 5, retries: 1, timeoutMs: 2_000 };
const RSS_PATH = "/rss/cs.LG+cs.CL";
const quiet = () => {};

let server: Awaited<ReturnType<typeof startFeedServer>>;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => resetDatabase());

const rss = () => arxivRssSource({ baseUrl: `${server.url}/rss`, categories: ["cs.LG", "cs.CL"], fetch: fetchOptions });
const api = () => arxivApiSource({ mode: { kind: "backfill", from: new Date("2026-11-01"), to: new Date("2026-11-30") }, baseUrl: `${server.url}/api/query`, pageSize: 2, fetch: fetchOptions });
const hf = () => hfDailySource({ periods: [{ date: "2026-11-26" }], baseUrl: `${server.url}/hf`, fetch: fetchOptions });
const ingest = (...sources: ReturnType<typeof rss>[]) => runIngest({ db, sources, now: NOW, log: quiet });
const snapshot = () => db.paper.findMany({ orderBy: { arxivId: "asc" } });

describe("runIngest", () => {
  it("stores a listing once: the same feed twice changes nothing", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml" });
    const first = await ingest(rss());
    expect(first).toMatchObject({ fetched: 4, created: 4, updated: 0, skipped: 0, failed: 0 });
    const before = await snapshot();
    const second = await ingest(rss());
    expect(second).toMatchObject({ fetched: 4, created: 0, updated: 0, skipped: 4, failed: 0 });
    expect(await snapshot()).toEqual(before);
    const moe = before.find((p) => p.arxivId === "2611.01234")!;
    expect(moe).toMatchObject({ version: 1, authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"], hasCode: true, codeUrls: ["https://github.com/sparse-lab/upcycle-moe"] });
    expect(moe.techniques.length).toBeGreaterThan(0);
  });

  it("a newer version updates title and abstract, re-tags, and keeps votes; replace never duplicates", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml" });
    await ingest(rss());
    await db.paper.update({ where: { arxivId: "2611.01234" }, data: { votes: 5 } });
    await db.$executeRaw`UPDATE "PaperTechnique" SET "taggerVersion" = 'old'`;
    server.on(RSS_PATH, { file: "arxiv-rss-v2.xml" });
    const result = await ingest(rss());
    expect(result).toMatchObject({ created: 0, updated: 1, skipped: 3 });
    const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.01234" }, include: { techniqueTags: true } });
    expect(paper).toMatchObject({ version: 2, votes: 5, title: "Sparse Upcycling of Dense Checkpoints into Mixture-of-Experts, with Expert Merging and Distillation" });
    expect(paper.abstract).toContain("v2 adds knowledge distillation");
    expect(paper.publishedAt).toEqual(new Date("2026-11-26T05:00:00Z"));
    expect(paper.techniqueTags.every((t) => t.taggerVersion === TAGGER_VERSION)).toBe(true);
    expect(await db.paper.count()).toBe(4);
    // An older version arriving late changes nothing.
    server.on(RSS_PATH, { file: "arxiv-rss.xml" });
    expect(await ingest(rss())).toMatchObject({ created: 0, updated: 0, skipped: 4 });
    expect((await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.01234" } })).version).toBe(2);
  });

  it("a paper seen in two categories and three sources is one row with the best of each", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml" });
    server.on("/api/query", { file: "arxiv-api-page-1.xml" }, { file: "arxiv-api-page-2.xml" });
    server.on("/hf", { file: "hf-daily.json", contentType: "application/json" });
    const result = await ingest(rss(), api(), hf());
    expect(result.sources.map((s) => [s.source, s.status, s.created, s.updated, s.failed])).toEqual([
      ["arxiv-rss", "succeeded", 4, 0, 0],
      ["arxiv-api", "succeeded", 1, 2, 0],
      ["hf-daily", "succeeded", 1, 1, 1],
    ]);
    expect(server.requests.filter((r) => r.path === "/api/query").map((r) => r.query.get("start"))).toEqual(["0", "2"]);
    expect(await db.paper.count({ where: { arxivId: "2611.01234" } })).toBe(1);
    const moe = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.01234" }, include: { signals: true } });
    expect(moe).toMatchObject({
      version: 1,
      primaryCategory: "cs.LG",
      categories: ["cs.LG", "cs.CL"],
      publishedAt: new Date("2026-11-24T17:59:58Z"),
      revisedAt: new Date("2026-11-24T17:59:58Z"),
      doi: "10.1000/xyz123",
      journalRef: "Proceedings of ICLR 2027",
      comments: "12 pages, 4 figures. Models at https://huggingface.co/sparse-lab/upcycle-moe-8x1b",
      codeUrls: ["https://github.com/sparse-lab/upcycle-moe", "https://huggingface.co/sparse-lab/upcycle-moe-8x1b"],
      projectUrl: "https://sparse-lab.github.io/upcycle",
      externalUpvotes: 42,
      hasCode: true,
    });
    expect(moe.signals).toEqual([expect.objectContaining({ source: "hf-daily", upvotes: 42, githubStars: 318, firstSeenAt: NOW, lastSeenAt: NOW })]);
    const oldStyle = await db.paper.findUniqueOrThrow({ where: { arxivId: "hep-th/9901001" } });
    expect(oldStyle).toMatchObject({ version: 3, primaryCategory: "hep-th", publishedAt: new Date("1999-01-04T18:00:00Z") });
    // A GitHub repository known only from HF still marks the paper as having code.
    expect(await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.05678" } })).toMatchObject({ hasCode: true, externalUpvotes: 7, codeUrls: ["https://github.com/tiny/vit-distill"] });
  });

  it("keeps signals per source with when they were seen, and keeps upvotes in step", async () => {
    server.on("/hf", { file: "hf-daily.json", contentType: "application/json" });
    await ingest(hf());
    const later = new Date(NOW.getTime() + 3600_000);
    const json = JSON.parse((await import("node:fs")).readFileSync("tests/fixtures/feeds/hf-daily.json", "utf8"));
    json[0].paper.upvotes = 50;
    server.on("/hf", { body: JSON.stringify(json), contentType: "application/json" });
    const result = await runIngest({ db, sources: [hf()], now: later, log: quiet });
    expect(result).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    const moe = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.01234" }, include: { signals: true } });
    expect(moe.externalUpvotes).toBe(50);
    expect(moe.signals[0]).toMatchObject({ upvotes: 50, firstSeenAt: NOW, lastSeenAt: later });
  });

  it("stores the good items of a bad listing, rejects the rest with reasons, and never touches demo papers", async () => {
    const demo = await db.paper.create({ data: { arxivId: "demo/0001", title: "Demo", publishedAt: NOW, isDemo: true, authors: [], categories: [],
      codeUrls: [], techniques: [] } });
    server.on(RSS_PATH, { file: "arxiv-rss-bad-items.xml" });
    const lines: string[] = [];
    const result = await runIngest({ db, sources: [rss()], now: NOW, log: (l) => lines.push(l) });
    expect(result).toMatchObject({ fetched: 11, created: 2, updated: 0, skipped: 1, failed: 8 });
    expect(lines).toContain("arxiv-rss: rejected 2611.10004: publishedAt: date in the future");
    expect(await db.paper.findUniqueOrThrow({ where: { id: demo.id } })).toEqual(demo);
    const run = await db.ingestRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "succeeded", fetched: 11, created: 2, failed: 8, firstError: "arxiv-rss: rejected item 2: no arXiv id in guid, description or link" });
  });

  it("one bad source never stops the others, and a failed run alters nothing stored", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml", etag: '"a"' });
    await ingest(rss());
    const before = await snapshot();
    server.on(RSS_PATH, { file: "arxiv-rss-truncated.xml", etag: '"b"' });
    server.on("/hf", { file: "html-error.html", contentType: "text/html" });
    server.on("/api/query", { body: "boom", status: 500 });
    server.on("/other-hf", { file: "hf-daily.json", contentType: "application/json" });
    const goodHf = hfDailySource({ periods: [{ date: "2026-11-26" }], baseUrl: `${server.url}/other-hf`, fetch: fetchOptions });
    const result = await ingest(rss(), hf(), api(), goodHf);
    expect(result.sources.map((s) => [s.source, s.status])).toEqual([["arxiv-rss", "failed"], ["hf-daily", "failed"], ["arxiv-api", "failed"], ["hf-daily", "succeeded"]]);
    expect(result.sources[0].firstError).toMatch(/unreadable feed/);
    expect(result.sources[2].firstError).toMatch(/HTTP 500/);
    const after = await snapshot();
    const untouched = (rows: typeof before) => rows.filter((p) => ["2610.09876", "2611.02345", "hep-th/9901001"].includes(p.arxivId));
    expect(untouched(after)).toEqual(untouched(before));
    // The failed fetch's validators are not kept: the next run fetches the listing in full.
    expect(await db.ingestSource.findUniqueOrThrow({ where: { id: "arxiv-rss" } })).toMatchObject({ etag: '"a"' });
  });

  it("an unchanged listing costs one conditional request answered 304", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml", etag: '"v1"', lastModified: "Thu, 26 Nov 2026 05:00:18 GMT" });
    await ingest(rss());
    const result = await ingest(rss());
    expect(result).toMatchObject({ fetched: 0, created: 0, updated: 0 });
    expect(result.sources[0].status).toBe("succeeded");
    const last = server.requests.at(-1)!;
    expect(last.headers["if-none-match"]).toBe('"v1"');
    expect(last.headers["if-modified-since"]).toBe("Thu, 26 Nov 2026 05:00:18 GMT");
  });

  it("two workers never run the same source at once", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss.xml", delayMs: 500 });
    const [a, b] = await Promise.all([ingest(rss()), ingest(rss())]);
    expect([a.sources[0].status, b.sources[0].status].sort()).toEqual(["busy", "succeeded"]);
    expect(await db.ingestRun.count()).toBe(1);
    expect(await db.paper.count()).toBe(4);
  });

  it("a second file for a busy source waits for the first run and is stored too", async () => {
    const file = (name: string) => feedFileSource(`tests/fixtures/feeds/${name}`);
    const [a, b] = await Promise.all([
      runIngest({ db, sources: [await file("arxiv-api-page-1.xml")], now: NOW, log: quiet, waitForBusyMs: 10_000 }),
      runIngest({ db, sources: [await file("arxiv-api-page-2.xml")], now: NOW, log: quiet, waitForBusyMs: 10_000 }),
    ]);
    expect([a.sources[0].status, b.sources[0].status]).toEqual(["succeeded", "succeeded"]);
    expect(a.created + b.created).toBe(3);
    expect(await db.ingestRun.count({ where: { sourceId: "arxiv-api", status: "succeeded" } })).toBe(2);
    expect(await db.paper.count()).toBe(3);
  });

  it("records each run with its counts and timings", async () => {
    server.on(RSS_PATH, { file: "arxiv-rss-weekend.xml" });
    await ingest(rss());
    const source = await db.ingestSource.findUniqueOrThrow({ where: { id: "arxiv-rss" }, include: { runs: true } });
    expect(source.lastSuccessAt).toBeInstanceOf(Date);
    expect(source.runs).toEqual([expect.objectContaining({ status: "succeeded", fetched: 0, created: 0, startedAt: NOW, firstError: null })]);
    expect(source.runs[0].finishedAt).toBeInstanceOf(Date);
  });
});
