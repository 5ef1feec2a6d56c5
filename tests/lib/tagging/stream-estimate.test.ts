import { describe, expect, it } from "vitest";
import { estimateOnStream, type StreamPaper } from "@/lib/tagging/stream-estimate";

const paper = (id: string, stratum: string, labels: string[], ambiguous = false): StreamPaper => ({
  id, title: id, abstract: "", labels, source: "test", listed: "2025-10-01", categories: [], stratum, ambiguous, note: "",
});

describe("estimateOnStream", () => {
  it("weights each stratum by its population over the papers labelled in it", () => {
    // 2 of 10 'dense' papers labelled, 2 of 1,000 'sparse' ones: a sparse paper stands for 500.
    const papers = [paper("a", "dense", ["moe"]), paper("b", "dense", []), paper("c", "sparse", []), paper("d", "sparse", ["moe"])];
    const predictions: Record<string, string[]> = { a: ["moe"], b: ["moe"], c: [], d: [] };
    const report = estimateOnStream(papers, { description: "", population: { dense: 10, sparse: 1_000 } }, ["moe"], (p) => predictions[p.id]);
    const [moe] = report.perTechnique;
    expect(moe).toMatchObject({ tp: 1, fp: 1, fn: 1, streamTp: 5, streamFp: 5, streamFn: 500 });
    expect(moe.precision).toBeCloseTo(0.5);
    expect(moe.recall).toBeCloseTo(5 / 505);
    expect(moe.byStratum).toEqual({ dense: { tp: 1, fp: 1, fn: 0, weight: 5 }, sparse: { tp: 0, fp: 0, fn: 1, weight: 500 } });
  });

  it("leaves ambiguous papers out, and names a stratum without a population", () => {
    const strata = { description: "", population: { s: 4 } };
    const report = estimateOnStream([paper("a", "s", ["moe"]), paper("b", "s", [], true)], strata, ["moe"], () => ["moe"]);
    expect(report).toMatchObject({ papers: 1, ambiguousSkipped: 1 });
    expect(report.perTechnique[0]).toMatchObject({ tp: 1, fp: 0, streamTp: 4 });
    expect(() => estimateOnStream([paper("a", "other", ["moe"])], strata, ["moe"], () => [])).toThrow(/stratum other/);
  });
});
