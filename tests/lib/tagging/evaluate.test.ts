import { describe, expect, it } from "vitest";
import { evaluateTagger, formatReport, isHeldOut, parseEvalSet, type LabelledPaper } from "@/lib/tagging/evaluate";

const paper = (id: string, labels: string[]): LabelledPaper => ({ id, title: id, abstract: "", labels, source: "test" });

describe("evaluateTagger", () => {
  it("computes per-technique precision, recall, F1 and macro-F1", () => {
    const papers = [paper("a", ["moe"]), paper("b", ["moe", "pruning"]), paper("c", []), paper("d", ["pruning"])];
    const predictions: Record<string, string[]> = { a: ["moe"], b: ["moe"], c: ["moe"], d: ["pruning"] };
    const report = evaluateTagger(papers, ["moe", "pruning", "low-rank"], (p) => predictions[p.id]);

    const [moe, pruning, lowRank] = report.perTechnique;
    expect(moe).toMatchObject({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(pruning).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(pruning.f1).toBeCloseTo(2 / 3);
    expect(lowRank).toMatchObject({ support: 0, precision: 1, recall: 1, f1: 1 }); // never labelled, never predicted
    expect(report.macroF1).toBeCloseTo((0.8 + 2 / 3 + 1) / 3);
    expect(report.mistakes).toEqual([
      { id: "b", title: "b", missed: ["pruning"], extra: [] },
      { id: "c", title: "c", missed: [], extra: ["moe"] },
    ]);
    expect(formatReport(report, "test")).toMatch(/moe\s+2\s+2\s+1\s+0\s+0\.667\s+1\.000\s+0\.800/);
  });

  it("holds out a stable ~30% of ids", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `arXiv:${2400 + i}.0${i}`);
    const share = ids.filter(isHeldOut).length / ids.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(ids.filter(isHeldOut)).toEqual(ids.filter(isHeldOut));
  });

  it("names the bad line of an evaluation file", () => {
    const good = JSON.stringify(paper("a", ["moe"]));
    expect(() => parseEvalSet(`${good}\n${JSON.stringify({ id: "b" })}\n`)).toThrow(/^line 2: /);
  });
});
