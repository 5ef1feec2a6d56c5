import { beforeEach, describe, expect, it } from "vitest";
import { FACTS_VERSION } from "@/lib/facts/extract-facts";
import { refreshFacts } from "@/lib/facts/refresh-facts";
import { db, resetDatabase } from "@/tests/helpers/db";

const NOW = new Date("2026-11-28T12:00:00Z");
const paper = (arxivId: string, abstract: string, factsVersion: string | null = null) =>
  db.paper.create({ data: { arxivId, title: "A paper", abstract, publishedAt: NOW, authors: [], categories: [], codeUrls: [], techniques: [], factsVersion } });

beforeEach(() => resetDatabase());

describe("refreshFacts", () => {
  it("reads the facts of papers from another extractor version, once, in batches", async () => {
    const stale = await paper("2611.00001", "We prune OPT-13B to 60% sparsity, a 1.9x speedup.", "f1-old");
    const fresh = await paper("2611.00002", "We prune to 90% sparsity.", FACTS_VERSION);
    const none = await paper("2611.00003", "We study the history of computing.");
    expect(await refreshFacts({ db, batchSize: 1 })).toEqual({ checked: 2, updated: 2 });
    const read = await db.paper.findUniqueOrThrow({ where: { id: stale.id } });
    expect(read.factsVersion).toBe(FACTS_VERSION);
    expect(read.facts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "sparsity", value: 60, evidence: "60% sparsity" })]));
    expect((await db.paper.findUniqueOrThrow({ where: { id: fresh.id } })).facts).toEqual([]); // current version: left alone
    expect((await db.paper.findUniqueOrThrow({ where: { id: none.id } })).factsVersion).toBe(FACTS_VERSION);
    expect(await refreshFacts({ db })).toEqual({ checked: 0, updated: 0 });
  });
});
