import { beforeEach, describe, expect, it } from "vitest";
import { retagPapers } from "@/lib/tagging/retag-papers";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { db, resetDatabase } from "@/tests/helpers/db";

const NOW = new Date("2026-11-28T12:00:00Z");
const paper = (arxivId: string, title: string, abstract = "") =>
  db.paper.create({ data: { arxivId, title, abstract, publishedAt: NOW, authors: [], categories: [], codeUrls: [], techniques: [] } });

beforeEach(() => resetDatabase());

describe("retagPapers", () => {
  it("re-tags papers whose tags carry an old tagger version and leaves current ones alone", async () => {
    const moe = await paper("2611.00001", "Sparse Mixture-of-Experts with Expert Pruning", "We prune experts of a mixture-of-experts model.");
    const current = await paper("2611.00002", "4-bit Weight Quantization of Large Language Models", "Post-training quantization to 4 bits.");
    await db.paperTechnique.create({ data: { paperId: moe.id, technique: "quantization", score: 0.9, evidence: ["old"], taggerVersion: "t1-old" } });
    await db.paper.update({ where: { id: moe.id }, data: { techniques: ["quantization"] } });
    await retagPapers({ db, batchSize: 1 });
    const currentTags = await db.paperTechnique.findMany({ where: { paperId: current.id } });
    expect(currentTags.length).toBeGreaterThan(0);

    const taggedAt = currentTags[0].taggedAt;
    const result = await retagPapers({ db, batchSize: 1 });
    expect(result).toEqual({ checked: 0, retagged: 0 });
    expect((await db.paperTechnique.findFirstOrThrow({ where: { paperId: current.id } })).taggedAt).toEqual(taggedAt);

    const tags = await db.paperTechnique.findMany({ where: { paperId: moe.id } });
    expect(tags.map((t) => t.taggerVersion)).toEqual(tags.map(() => TAGGER_VERSION));
    expect(tags.map((t) => t.technique)).toContain("moe");
    expect(tags.map((t) => t.technique)).not.toContain("quantization");
    const stored = await db.paper.findUniqueOrThrow({ where: { id: moe.id } });
    expect([...stored.techniques].sort()).toEqual(tags.map((t) => t.technique).sort());
  });

  it("clears old tags the current tagger no longer finds, pages through every paper, and remembers papers with no tag", async () => {
    const plain = await paper("2611.00003", "A Study of Sorting Networks", "We count comparators.");
    await db.paperTechnique.create({ data: { paperId: plain.id, technique: "pruning", score: 0.7, evidence: ["old"], taggerVersion: "t1-old" } });
    for (let i = 0; i < 7; i++) await paper(`2611.1000${i}`, `Unrelated Paper ${i}`, "Graph colouring.");
    const result = await retagPapers({ db, batchSize: 3 });
    expect(result).toEqual({ checked: 8, retagged: 8 });
    expect(await db.paperTechnique.count()).toBe(0);
    expect((await db.paper.findUniqueOrThrow({ where: { id: plain.id } })).techniques).toEqual([]);
    expect(await retagPapers({ db, batchSize: 3 })).toEqual({ checked: 0, retagged: 0 });
  });
});
