import { beforeEach, describe, expect, it } from "vitest";
import { getPaperForApi, listPapers } from "@/lib/papers/api";
import { db, resetDatabase } from "@/tests/helpers/db";

const NOW = new Date("2026-11-25T12:00:00Z");
type Body = { papers: { arxivId: string; topics: { slug: string; score: number }[] }[]; nextCursor: string | null; error?: string };

beforeEach(async () => {
  await resetDatabase();
  for (let i = 0; i < 5; i++) {
    const paper = await db.paper.create({
      data: { arxivId: `2611.0020${i}`, title: `Sparse experts ${i}`, publishedAt: new Date(NOW.getTime() - i * 3_600_000), authors: ["A. Author"],
        categories: ["cs.LG"], codeUrls: [], techniques: ["moe"] },
    });
    await db.paperTechnique.create({ data: { paperId: paper.id, technique: "moe", score: 0.8, evidence: ["sparse experts"], taggerVersion: "t" } });
  }
});

describe("GET /api/papers", () => {
  it("pages with an opaque cursor until the end", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ limit: "2", window: "new", topics: "moe" });
      if (cursor) params.set("cursor", cursor);
      const { status, body } = await listPapers(params, NOW);
      expect(status).toBe(200);
      const page = body as Body;
      seen.push(...page.papers.map((p) => p.arxivId));
      expect(page.papers.every((p) => p.topics[0]?.slug === "moe" && p.topics[0].score === 0.8)).toBe(true);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["2611.00200", "2611.00201", "2611.00202", "2611.00203", "2611.00204"]);
  });

  it.each([
    [{ limit: "0" }, /^limit/],
    [{ limit: "101" }, /^limit/],
    [{ window: "year" }, /^window/],
    [{ topics: "moe,nope" }, /^topics/],
    [{ cursor: "not-a-cursor" }, /^cursor/],
    [{ author: "A. Author" }, /^author: is not an author's name/],
    [{ author: "geoffrey-e-hinton" }, /^author/],
    [{ author: "\u202egeoffrey-hinton" }, /^author/],
    [{ exclude: Array(600).fill("diffusion").join(",") }, /^exclude/],
    [{ cursor: Buffer.from(JSON.stringify({ o: 2, v: "other" })).toString("base64url") }, /^cursor/],
  ])("answers 400 with a reason for %j", async (params, message) => {
    const { status, body } = await listPapers(new URLSearchParams(params), NOW);
    expect(status).toBe(400);
    expect((body as Body).error).toMatch(message);
  });

  it("lists one author's papers by key, whatever the spelling on the paper", async () => {
    await db.paper.create({ data: { arxivId: "2611.00300", title: "Other", publishedAt: NOW, authors: ["Léon  BOTTOU"], techniques: ["moe"] } });
    const { status, body } = await listPapers(new URLSearchParams({ author: "leon-bottou", window: "all" }), NOW);
    expect(status).toBe(200);
    expect((body as Body).papers.map((p) => p.arxivId)).toEqual(["2611.00300"]);
    const initials = await listPapers(new URLSearchParams({ author: "a-author", window: "all" }), NOW);
    expect((initials.body as Body).papers).toHaveLength(5);
  });

  it("answers one paper with its evidence, or 404", async () => {
    const found = await getPaperForApi("2611.00200");
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ arxivId: "2611.00200", evidence: { moe: ["sparse experts"] } });
    expect((await getPaperForApi("0000.00000")).status).toBe(404);
  });
});
