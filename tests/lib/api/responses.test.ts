import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { digestResultSchema, apiPaperSchema, ingestResultSchema } from "@/lib/api/schemas";
import type { DigestResult } from "@/lib/digest/run-digest";
import type { IngestCounts, SourceOutcome } from "@/lib/ingest/run-ingest";
import { extractFacts } from "@/lib/facts/extract-facts";
import type { toApiPaper } from "@/lib/papers/api-shape";
import { getPaperForApi, listPapers } from "@/lib/papers/api";
import { oneClickUnsubscribe, subscribeFromApi } from "@/lib/subscriptions/api";
import { createToken } from "@/lib/subscriptions/token";
import { db, resetDatabase } from "@/tests/helpers/db";
import { responseErrors } from "./documented-schema";

// Real answers of the code paths behind the routes, held against the served document: a field
// added, renamed or dropped in lib/papers or lib/subscriptions and not in lib/api fails here.

const NOW = new Date("2026-11-25T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const ABSTRACT = "We quantize Mixtral-8x7B experts to 2.5 bits, reducing memory by 3.2x, outperforming GPTQ. Code: https://github.com/example/moe.";

beforeAll(async () => {
  await resetDatabase();
  const papers = [
    { arxivId: "2611.00100", title: "Sparse experts at scale", codeUrls: ["https://github.com/example/moe"], absUrl: "https://arxiv.org/abs/2611.00100", pdfUrl: "https://arxiv.org/pdf/2611.00100", externalUpvotes: 12, version: 2, primaryCategory: "cs.LG" },
    { arxivId: "hep-th/9901001", title: "An old-style id", codeUrls: [], isDemo: true },
    { arxivId: "2611.00102", title: "Quantized experts", codeUrls: [], abstract: ABSTRACT, facts: extractFacts({ title: "Quantized experts", abstract: ABSTRACT }) },
  ];
  expect(papers[2].facts?.length).toBeGreaterThan(2);
  for (const [i, p] of papers.entries()) {
    const paper = await db.paper.create({ data: { authors: ["A. Author", "B. Author"], categories: ["cs.LG", "cs.CL"], publishedAt: hoursAgo(i + 1),
      techniques: ["moe"], ...p } });
    await db.paperTechnique.create({ data: { paperId: paper.id, technique: "moe", score: 0.91, evidence: ["sparse experts"], taggerVersion: "t" } });
    await db.paperTechnique.create({ data: { paperId: paper.id, technique: "quantization", score: 0.42, evidence: ["quantize"], tentative: true,
      taggerVersion: "t" } });
  }
});

describe("GET /api/papers answers as documented", () => {
  it("200: a page with a cursor, and the last page", async () => {
    const first = await listPapers(new URLSearchParams({ window: "new", limit: "2" }), NOW);
    expect(first.status).toBe(200);
    expect((first.body as { papers: unknown[] }).papers).toHaveLength(2);
    expect(responseErrors("/api/papers", "get", 200, first.body)).toEqual([]);
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    const last = await listPapers(new URLSearchParams({ window: "new", limit: "2", cursor }), NOW);
    expect((last.body as { nextCursor: unknown }).nextCursor).toBeNull();
    expect(JSON.stringify(last.body)).toContain('"kind":"bits"');
    expect(responseErrors("/api/papers", "get", 200, last.body)).toEqual([]);
  });

  it("400: the first bad parameter", async () => {
    const { status, body } = await listPapers(new URLSearchParams({ window: "year" }), NOW);
    expect(status).toBe(400);
    expect(responseErrors("/api/papers", "get", 400, body)).toEqual([]);
  });

  it("200 with ids: those papers in that order; 400 for an unknown id or a view parameter beside it", async () => {
    const list = await listPapers(new URLSearchParams({ ids: "2611.00102,hep-th/9901001" }), NOW);
    expect(list.status).toBe(200);
    expect((list.body as { papers: { arxivId: string }[] }).papers.map((p) => p.arxivId)).toEqual(["2611.00102", "hep-th/9901001"]);
    expect(responseErrors("/api/papers", "get", 200, list.body)).toEqual([]);
    for (const query of ["ids=2611.00102,2611.99999", "ids=2611.00102&window=all", `ids=${"x".repeat(10_000)}`]) {
      const bad = await listPapers(new URLSearchParams(query), NOW);
      expect(bad.status).toBe(400);
      expect(responseErrors("/api/papers", "get", 400, bad.body)).toEqual([]);
    }
  });

  it("rejects a body the document does not describe", () => {
    expect(responseErrors("/api/papers", "get", 200, { papers: [{ arxivId: "x" }], nextCursor: null })).not.toEqual([]);
  });
});

describe("GET /api/papers/{arxivId} answers as documented", () => {
  it.each(["2611.00100", "hep-th/9901001", "2611.00102"])("200: %s with its tentative techniques", async (arxivId) => {
    const { status, body } = await getPaperForApi(arxivId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ arxivId, possibleTopics: [{ slug: "quantization" }] });
    expect(responseErrors("/api/papers/{arxivId}", "get", 200, body)).toEqual([]);
  });

  it("404", async () => {
    const { status, body } = await getPaperForApi("0000.00000");
    expect(status).toBe(404);
    expect(responseErrors("/api/papers/{arxivId}", "get", 404, body)).toEqual([]);
  });
});

describe("subscriptions answer as documented", () => {
  const post = (body: string, contentType = "application/json") => new Request("http://localhost/api/subscribe", { method: "POST", headers: { "content-type": contentType }, body });

  it.each([
    [400, post(JSON.stringify({ email: "nope" }))],
    [400, post("{")],
    [415, post("email=ada@example.org", "application/x-www-form-urlencoded")],
  ])("POST /api/subscribe %i", async (expected, request) => {
    const { status, body } = await subscribeFromApi(request);
    expect(status).toBe(expected);
    expect(responseErrors("/api/subscribe", "post", status, body)).toEqual([]);
  });

  it("POST /api/unsubscribe/{token}: 200 twice, 400 for a forged link", async () => {
    const subscriber = await db.subscriber.create({ data: { email: "ada@example.org", status: "active", techniques: ["moe"], tokenSecret: "s".repeat(32) } });
    const token = createToken("manage", subscriber, new Date());
    for (const _ of [1, 2]) {
      const { status, body } = await oneClickUnsubscribe(token);
      expect(status).toBe(200);
      expect(responseErrors("/api/unsubscribe/{token}", "post", 200, body)).toEqual([]);
    }
    const forged = await oneClickUnsubscribe(`${token.slice(0, -2)}xx`);
    expect(forged.status).toBe(400);
    expect(responseErrors("/api/unsubscribe/{token}", "post", 400, forged.body)).toEqual([]);
  });
});

// Checked by tsc (npm test runs it): the documented shapes are the types the code returns.
// `facts` is left out on both sides of the paper, whose real answers above check it.
it("documents the types the code returns", () => {
  expectTypeOf<Omit<ReturnType<typeof toApiPaper>, "facts">>().toEqualTypeOf<Omit<z.infer<typeof apiPaperSchema>, "facts">>();
  expectTypeOf<DigestResult>().toEqualTypeOf<z.infer<typeof digestResultSchema>>();
  type DocumentedIngest = z.infer<typeof ingestResultSchema>;
  expectTypeOf<IngestCounts>().toEqualTypeOf<Omit<DocumentedIngest, "sources">>();
  expectTypeOf<Pick<SourceOutcome, "source" | "status" | "firstError">>().toEqualTypeOf<DocumentedIngest["sources"][number]>();
});
