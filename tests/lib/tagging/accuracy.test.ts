import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateTagger, parseEvalSet } from "@/lib/tagging/evaluate";
import { tagPaper } from "@/lib/tagging/tag-paper";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/techniques";

const papers = parseEvalSet(readFileSync("tests/fixtures/tagger-eval.jsonl", "utf8"));

describe("tagger accuracy on the labelled set", () => {
  it("has a labelled set of real papers with sources, including negatives", () => {
    expect(papers.length).toBeGreaterThanOrEqual(250);
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
    expect(papers.filter((p) => p.labels.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const p of papers) for (const label of p.labels) expect(TECHNIQUE_SLUGS).toContain(label);
  });

  it("reaches macro-F1 >= 0.90 with precision >= 0.90 for every technique", () => {
    const report = evaluateTagger(papers, TECHNIQUE_SLUGS, (p) => tagPaper(p).map((tag) => tag.slug));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
    for (const technique of report.perTechnique) {
      expect(technique.precision, technique.slug).toBeGreaterThanOrEqual(0.9);
      expect(technique.recall, technique.slug).toBeGreaterThanOrEqual(0.75);
    }
  });
});
