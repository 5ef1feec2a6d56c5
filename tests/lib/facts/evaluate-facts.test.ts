import { describe, expect, it } from "vitest";
import { evaluateFacts, type LabelledFacts } from "@/lib/facts/evaluate-facts";
import type { Fact } from "@/lib/facts/fact";

const fact = (kind: Fact["kind"], value: Fact["value"], unit: Fact["unit"] = ""): Fact => ({ kind, value, unit, evidence: String(value) });
const paper = (facts: Fact[]): LabelledFacts => ({ id: "2501.00001", title: "T", abstract: "A", facts });

describe("evaluateFacts", () => {
  it("matches kind and value (names whatever their case and separators), and scores the card line apart", () => {
    const gold = paper([fact("bits", 4, "bits"), fact("model", "LLaMA-2 7B"), fact("quality", 1.2, "%")]);
    const found = [fact("bits", 4, "bits"), fact("model", "llama 2-7b"), fact("speedup", 2, "x")];
    const { report, mistakes } = evaluateFacts([gold], () => found, (facts) => facts.filter((f) => f.kind !== "model"));
    const bits = report.perKind.find((m) => m.kind === "bits")!;
    expect([bits.tp, bits.fp, bits.fn]).toEqual([1, 0, 0]);
    expect(report.perKind.find((m) => m.kind === "model")!.tp).toBe(1);
    expect(report.numeric).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.card).toEqual({ tp: 1, fp: 1, precision: 0.5 });
    expect(mistakes[0].missed.map((f) => f.kind)).toEqual(["quality"]);
    expect(mistakes[0].extra.map((f) => f.kind)).toEqual(["speedup"]);
  });
});
