import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEvalSet } from "@/lib/tagging/evaluate";
import { matchPrefixes } from "@/lib/tagging/match-prefixes";
import { normalizeSpacing, scanText, scanWordStarts, type TextMatch } from "@/lib/tagging/scan-text";
import { TAXONOMY, type CompiledTaxonomy } from "@/lib/tagging/compile-taxonomy";

/**
 * The plain definition scanText speeds up: at every word start try every entry in priority
 * order, take the first that matches, and resume after it.
 */
function scanSlowly(text: string, taxonomy: CompiledTaxonomy): TextMatch[] {
  const matches: TextMatch[] = [];
  const isAlnum = (i: number) => /[A-Za-z0-9]/.test(text[i] ?? "");
  for (let at = 0; at < text.length; at++) {
    if (!isAlnum(at) || isAlnum(at - 1)) continue;
    for (const [entry, { sticky, verify }] of taxonomy.entries.entries()) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match && (!verify || verify.test(match[0]))) {
        matches.push({ entry, phrase: match[0], at });
        at += match[0].length - 1;
        break;
      }
    }
  }
  return matches;
}

const papers = parseEvalSet(readFileSync("tests/fixtures/tagger-eval.jsonl", "utf8"));

describe("scanText", () => {
  it("finds exactly the matches of trying every entry at every word start", () => {
    for (const paper of papers) {
      for (const text of [paper.title, normalizeSpacing(paper.abstract)]) {
        expect(scanWordStarts(text, TAXONOMY)).toEqual(scanSlowly(text, TAXONOMY));
      }
    }
  });

  it("agrees with the plain definition on random word soups", () => {
    const words = ["MoE", "moe", "experts", "domain", "mixture", "of", "Mixture-of-Experts", "KV", "kv-cache", "key-value",
      "cache", "quantization", "4-bit", "W4A16", "GPTQ", "prune", "pruning", "data", "dataset", "distillation", "KD",
      "low-rank", "SVD", "LoRA", "sparse", "sparsity", "2:4", "N:M", "the", "expert", "teacher", "student", "compared", "to"];
    const soup = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(" ", ", ", "-", " (", ") ", ". ", "")), { maxLength: 40 });
    fc.assert(
      fc.property(soup, (parts) => {
        const text = parts.map(([word, separator]) => word + separator).join("");
        expect(scanWordStarts(text, TAXONOMY)).toEqual(scanSlowly(text, TAXONOMY));
      }),
      { numRuns: 300 },
    );
  });

  it("finds in-word signals only in words nothing else matched", () => {
    const text = "DeepSeekMoE and OLMoE beat SnapKV; SmoothQuant is cited.";
    const phrases = scanText(text, TAXONOMY).map((m) => m.phrase);
    expect(phrases).toEqual(expect.arrayContaining(["DeepSeekMoE", "OLMoE", "SnapKV", "SmoothQuant"]));
    expect(phrases.filter((p) => p === "DeepSeekMoE")).toHaveLength(1);
  });

  it("gives a wrong-case acronym's position to the next entry", () => {
    const text = "the moe of experts";
    expect(scanWordStarts(text, TAXONOMY)).toEqual(scanSlowly(text, TAXONOMY));
  });
});

describe("matchPrefixes", () => {
  it.each([
    ["KD", ["kd "]],
    ["2:4|N:M", ["2 4", "n m"]],
    ["(?:sparse(?:ly)?[- ])?mixtures?", ["spa", "mix"]],
    ["experts?(?![\\w-])", ["exp"]],
    ["low[- ]rank", ["low"]],
  ])("lists the keys %s can start with", (source, keys) => {
    expect([...matchPrefixes(source)!].sort()).toEqual(keys.sort());
  });

  it("answers null, meaning everywhere, when a pattern can start with anything", () => {
    expect(matchPrefixes("[A-Za-z]*MoE")!.size).toBeGreaterThan(17_000);
    expect(matchPrefixes("\\p{L}+MoE")).toBeNull();
  });
});
