import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { PaperInput } from "@/lib/ingest/schemas";
import { storePapers } from "@/lib/ingest/store-papers";
import { confidentTags, tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { FACTS_VERSION } from "@/lib/facts/extract-facts";
import { db, resetDatabase } from "@/tests/helpers/db";

// Techniques are computed from the incoming text and written with the paper in one statement; these
// pin down which text they follow when versions and sources disagree.
const NOW = new Date("2026-11-28T12:00:00Z");
const MOE = "We route each token to the top-2 of 64 experts in a sparse mixture-of-experts layer.";
const QUANT = "We quantize weights to 4 bits with post-training quantization and per-group scales.";

const input = (over: Partial<PaperInput>): PaperInput => ({
  arxivId: "2611.05555", version: 1, title: "Sparse experts", abstract: MOE, authors: ["A. Author"], primaryCategory: "cs.LG",
  categories: ["cs.LG"], publishedAt: new Date("2026-11-27T00:00:00Z"), revisedAt: null, absUrl: null, pdfUrl: null, codeUrls: [],
  projectUrl: null, comments: null, doi: null, journalRef: null, signal: null, ...over,
});

const stored = async () => {
  const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.05555" }, include: { techniqueTags: { orderBy: [{ score: "desc" },
    { technique: "asc" }] } } });
  // The listed rows mirror Paper.techniques; tentative ones are stored beside them for the paper page.
  return { ...paper, tagTechniques: paper.techniqueTags.filter((t) => !t.tentative).map((t) => t.technique) };
};
const expectedTechniques = (title: string, abstract: string) => confidentTags(tagPaper({ title, abstract })).map((t) => t.slug);

beforeEach(resetDatabase);

describe("storePapers: techniques", () => {
  it("writes a new paper with its techniques, in Paper.techniques and one PaperTechnique row each", async () => {
    expect(await storePapers(db, [input({})], NOW)).toEqual({ created: 1, updated: 0, skipped: 0 });
    const paper = await stored();
    expect(paper.techniques).toEqual(expectedTechniques("Sparse experts", MOE));
    expect(paper.techniques).toContain("moe");
    expect(paper.tagTechniques).toEqual(paper.techniques);
    expect(paper.taggerVersion).toBe(TAGGER_VERSION);
    expect(paper.techniqueTags.every((t) => t.taggerVersion === TAGGER_VERSION && t.evidence.length > 0)).toBe(true);
  });

  it("follows a newer version's text, and ignores an older one's", async () => {
    await storePapers(db, [input({})], NOW);
    await storePapers(db, [input({ version: 2, title: "Four-bit weights", abstract: QUANT })], NOW);
    let paper = await stored();
    expect(paper.techniques).toEqual(expectedTechniques("Four-bit weights", QUANT));
    expect(paper.techniques).not.toContain("moe");
    expect(paper.tagTechniques).toEqual(paper.techniques);
    expect(await storePapers(db, [input({ version: 1 })], NOW)).toEqual({ created: 0, updated: 0, skipped: 1 });
    paper = await stored();
    expect(paper.techniques).toEqual(expectedTechniques("Four-bit weights", QUANT));
  });

  it("tags the merged text when a newer version comes without an abstract", async () => {
    await storePapers(db, [input({})], NOW);
    await storePapers(db, [input({ version: 2, title: "Quantized sparse experts at 4 bits", abstract: "" })], NOW);
    const paper = await stored();
    expect(paper.abstract).toBe(MOE);
    expect(paper.techniques).toEqual(expectedTechniques("Quantized sparse experts at 4 bits", MOE));
    expect(paper.tagTechniques).toEqual(paper.techniques);
  });

  it("keeps Paper.techniques and the PaperTechnique rows in step when only metadata changes", async () => {
    await storePapers(db, [input({})], NOW);
    await db.$executeRaw`UPDATE "PaperTechnique" SET "taggerVersion" = 'old'`;
    await db.$executeRaw`UPDATE "Paper" SET "taggerVersion" = 'old'`;
    expect(await storePapers(db, [input({ categories: ["cs.LG", "cs.CL"] })], NOW)).toEqual({ created: 0, updated: 1, skipped: 0 });
    const paper = await stored();
    expect(paper.taggerVersion).toBe(TAGGER_VERSION);
    expect(paper.tagTechniques).toEqual(paper.techniques);
    expect(paper.techniqueTags.every((t) => t.taggerVersion === TAGGER_VERSION)).toBe(true);
  });

  it("stores a tag below the bar as a tentative row, outside Paper.techniques", async () => {
    // A real listing whose only tag is below its technique's bar (whichever the current weights give).
    const real = readFileSync("tests/fixtures/tagger-stream.jsonl", "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { title: string; abstract: string })
      .find((p) => { const tags = tagPaper(p); return tags.length === 1 && tags[0].tentative; })!;
    await storePapers(db, [input({ title: real.title, abstract: real.abstract })], NOW);
    const paper = await stored();
    const [tag] = tagPaper(real);
    expect(paper.techniques).toEqual([]);
    expect(paper.techniqueTags.map((t) => [t.technique, t.tentative])).toEqual([[tag.slug, true]]);
    expect(paper.techniqueTags[0].evidence).toEqual(tag.evidence);
  });

  it("writes the facts of the incoming text with the paper, and keeps them when an older version arrives", async () => {
    await storePapers(db, [input({ version: 2, abstract: "We quantize Llama-2-7B to 3 bits with post-training quantization, a 2.1x speedup." })], NOW);
    const facts = (await stored()).facts as { kind: string; value: unknown }[];
    expect(facts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "bits", value: 3 }), expect.objectContaining({ kind: "speedup", value: 2.1 })]));
    await storePapers(db, [input({ version: 1, abstract: "We quantize to 4 bits with quantization." })], NOW);
    expect((await stored()).facts).toEqual(facts);
    expect((await stored()).factsVersion).toBe(FACTS_VERSION);
  });

  it("leaves techniques to the worker when tagging is off", async () => {
    await storePapers(db, [input({})], NOW, { tag: false });
    const paper = await stored();
    expect(paper).toMatchObject({ techniques: [], taggerVersion: null, tagTechniques: [] });
  });
});
