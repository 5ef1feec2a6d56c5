import { describe, expect, it } from "vitest";
import { comparisonRows, SortSchema, sortRows } from "@/lib/facts/comparison";

const f = (kind: string, value: unknown, unit = "") => ({ kind, value, unit, evidence: `${String(value)} here` });
const paper = (arxivId: string, day: number, facts: object[]) => ({ arxivId, title: arxivId, publishedAt: new Date(Date.UTC(2025, 9, day)), facts });

describe("the comparison table", () => {
  const rows = comparisonRows([
    paper("a", 1, [f("bits", 4, "bits"), f("speedup", 2, "x"), f("model", "Llama-2-7B"), f("baseline", "GPTQ")]),
    paper("b", 3, [f("bits", [2, 3], "bits"), f("model", "OPT-13B")]),
    paper("c", 2, [f("speedup", 5, "x")]),
    paper("d", 4, [f("model", "Mixtral")]), // names only: no row
  ]);

  it("has a row per paper that reports a figure, blanks where it does not say", () => {
    expect(rows.map((r) => r.arxivId)).toEqual(["a", "b", "c"]);
    expect(rows[0]).toMatchObject({ models: ["Llama-2-7B"], baselines: ["GPTQ"], cells: { bits: { text: "4 bits", evidence: "4 here" }, speedup: { text: "2×" } } });
    expect(rows[1].cells.bits?.text).toBe("2–3 bits");
    expect(rows[2].cells.bits).toBeUndefined();
  });

  it("sorts fewest bits first, the largest other figures first, newest first by date, blanks last", () => {
    expect(sortRows(rows, "bits").map((r) => r.arxivId)).toEqual(["b", "a", "c"]);
    expect(sortRows(rows, "speedup").map((r) => r.arxivId)).toEqual(["c", "a", "b"]);
    expect(sortRows(rows, "date").map((r) => r.arxivId)).toEqual(["b", "c", "a"]);
    expect(SortSchema.parse("nonsense")).toBe("date");
  });
});
