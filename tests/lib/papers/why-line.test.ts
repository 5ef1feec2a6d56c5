import { describe, expect, it } from "vitest";
import { whyLine } from "@/lib/papers/why-line";

describe("whyLine", () => {
  it.each([
    [{ techniques: ["pruning", "moe"], preferred: ["moe"], evidence: { moe: ["mixture of experts"], pruning: ["expert pruning"] },
      byFollowedAuthor: true, points: 42, when: "this week" }, "MoE, Pruning & sparsity · 'mixture of experts' · by an author you follow · 42 upvotes this week"],
    [{ techniques: ["moe"], evidence: {}, points: 1, when: "today" }, "MoE · 1 upvote today"],
    [{ techniques: ["moe"], evidence: { moe: ["MoE", "moe"] }, points: 2, when: "today" }, "MoE · 2 upvotes today"],
    [{ techniques: ["moe"], points: 0, when: "this week" }, "MoE · new this week, no votes yet"],
    [{ techniques: ["moe"], evidence: { moe: ["sparse experts"] }, points: 3, when: null, withoutTechniques: true }, "'sparse experts' · 3 upvotes"],
    [{ techniques: [], points: 0, when: null, byFollowedAuthor: true }, "by an author you follow · no votes yet"],
    [{ techniques: ["moe"], points: 2, when: "today", byFollowedAuthor: "Song Han" }, "MoE · by Song Han, whom you follow · 2 upvotes today"],
    [{ techniques: ["quantization"], evidence: { quantization: ["Quantization", "x".repeat(80)] }, matched: "4-bit", points: 7, when: null },
      `Quantization · '${"x".repeat(39)}…' · matches “4-bit” · 7 upvotes`],
  ])("%j", (input, line) => {
    expect(whyLine(input)).toBe(line);
  });
});
