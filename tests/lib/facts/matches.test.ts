import { describe, expect, it } from "vitest";
import { matches } from "@/lib/facts/matches";
import { MODEL_PATTERN } from "@/lib/facts/name-rules";

describe("matches", () => {
  it("gives what matchAll gives, and leaves the pattern ready for the next text", () => {
    const pattern = /\d+/g;
    expect(matches(pattern, "a 12 b 3").map((m) => [m[0], m.index])).toEqual([["12", 2], ["3", 7]]);
    expect(pattern.lastIndex).toBe(0);
    expect(matches(/x*/g, "ab").length).toBe(3);
  });

  it("reads the longest name of the lists, as a longest-first alternation would", () => {
    expect(matches(MODEL_PATTERN, "We prune Llama-2-7B, Mixtral-8x7B, DeepSeekMoE and GPT-NeoX; not Gemini-1.5-pro partially.").map((m) => m[0])).toEqual(["Llama-2-7B", "Mixtral-8x7B", "DeepSeekMoE", "GPT-NeoX", "Gemini-1.5-pro"]);
  });
});
