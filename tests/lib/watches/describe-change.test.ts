import { describe, expect, it } from "vitest";
import { extractFacts, FACTS_VERSION } from "@/lib/facts/extract-facts";
import { changeLines, describeChange, isNoteworthy, type Snapshot, venueInComment } from "@/lib/watches/describe-change";

function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  const base = { version: 1, title: "Sparse MoE offloading", abstract: "We offload experts. It achieves a speedup of 1.60x to 1.72x on a consumer GPU.", comments: null, codeUrls: [], journalRef: null, doi: null };
  const merged = { ...base, ...over };
  return { facts: extractFacts({ title: merged.title, abstract: merged.abstract, comment: merged.comments }), factsVersion: FACTS_VERSION, ...merged };
}

describe("describeChange", () => {
  it("says which version, title, new sentences and reported figures changed", () => {
    const before = snapshot();
    const after = snapshot({ version: 2, title: "Sparse MoE offloading on consumer GPUs", abstract: "We offload experts. It achieves a speedup of 1.60x to 1.95x on a consumer GPU. This version adds 4-bit experts." });
    const summary = describeChange(before, after);
    expect(summary.version).toEqual({ from: 1, to: 2 });
    expect(summary.title).toEqual({ from: "Sparse MoE offloading", to: "Sparse MoE offloading on consumer GPUs" });
    expect(summary.abstractAdds).toEqual(["It achieves a speedup of 1.60x to 1.95x on a consumer GPU.", "This version adds 4-bit experts."]);
    expect(summary.figures.find((f) => f.kind === "speedup")).toEqual({ kind: "speedup", label: "Speedup", before: ["1.6–1.72× faster"], after: ["1.6–1.95× faster"] });
    expect(summary.figures.find((f) => f.kind === "bits")).toMatchObject({ before: [], after: ["4 bits"] });
    expect(changeLines(summary)).toEqual([
      "New version: v2 (was v1)",
      "Bits: 4 bits (newly reported)",
      "Speedup: 1.6–1.72× faster → 1.6–1.95× faster",
      "Title changed, was “Sparse MoE offloading”",
      "Abstract revised; new: “It achieves a speedup of 1.60x to 1.95x on a consumer GPU.” “This version adds 4-bit experts.”",
    ]);
  });

  it("reports a code link, a journal reference, a venue in the comment and a DOI, without a version", () => {
    const summary = describeChange(
      snapshot({ comments: "12 pages" }),
      snapshot({ comments: "12 pages. Accepted to ASP-DAC 2026", codeUrls: ["https://github.com/a/b"], journalRef: "Proc. ASP-DAC 2026", doi: "10.1145/1" }),
    );
    expect(summary).toMatchObject({ version: null, title: null, abstractRevised: false, figures: [], codeUrls: ["https://github.com/a/b"], venue: "ASP-DAC 2026", journalRef: "Proc. ASP-DAC 2026", doi: "10.1145/1" });
    expect(changeLines(summary)).toEqual(["Code: https://github.com/a/b", "Journal reference: Proc. ASP-DAC 2026", "Venue: ASP-DAC 2026 (from the arXiv comment)", "DOI: 10.1145/1"]);
  });

  it("never reads an extractor upgrade as the paper changing its numbers", () => {
    const before = { ...snapshot(), facts: [], factsVersion: "f1-old" }; // read by an older extractor that found nothing
    const after = snapshot({ version: 2 });
    expect(describeChange(before, after).figures).toEqual([]);
    expect(changeLines(describeChange(before, after))).toEqual(["New version: v2 (was v1)"]);
  });

  it("a replaced paper with the same text says only that the version moved", () => {
    const summary = describeChange(snapshot(), snapshot({ version: 3, abstract: "We  offload experts.\nIt achieves a speedup of 1.60x to 1.72x on a consumer GPU." }));
    expect(isNoteworthy(summary)).toBe(true);
    expect(changeLines(summary)).toEqual(["New version: v3 (was v1)"]);
    expect(isNoteworthy(describeChange(snapshot(), snapshot()))).toBe(false);
  });
});

describe("venueInComment", () => {
  it.each([
    ["Accepted to ASP-DAC 2026", "ASP-DAC 2026"],
    ["17 pages. Accepted at NeurIPS 2025 (spotlight)", "NeurIPS 2025"],
    ["To appear in Transactions on Machine Learning Research", "Transactions on Machine Learning Research"],
    ["Published as a conference paper at ICLR 2026", "ICLR 2026"],
    ["17 pages, 8 figures", null],
    [null, null],
  ])("%s → %s", (comment, venue) => {
    expect(venueInComment(comment)).toBe(venue);
  });
});
