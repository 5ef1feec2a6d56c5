import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelledFactsSchema } from "@/lib/facts/evaluate-facts";
import { extractFacts } from "@/lib/facts/extract-facts";
import { normalizeText, originalSpan } from "@/lib/facts/normalize-text";

const facts = (abstract: string, title = "A method") => extractFacts({ title, abstract }).map(({ kind, value, unit, qualifier }) => ({ kind, value, unit, ...(qualifier ? { qualifier } : {}) }));

describe("extractFacts", () => {
  it.each([
    ["We quantize Mixtral to 2.54 bits per parameter.", { kind: "bits", value: 2.54, unit: "bits" }],
    ["Our W4A8 kernels run on any GPU with quantization.", { kind: "bits", value: 8, unit: "bits" }],
    ["We train ternary weights for quantization-aware LLMs.", { kind: "bits", value: 1.58, unit: "bits" }],
    ["We prune Llama-2-7B to 50% sparsity.", { kind: "sparsity", value: 50, unit: "%" }],
    ["Our method supports 2:4 sparsity on GPUs.", { kind: "sparsity", value: 50, unit: "%" }],
    ["We reach compression ratios of 8x - 50x on BERT.", { kind: "compression", value: [8, 50], unit: "x" }],
    ["Our kernels are 1.8x faster than dense ones.", { kind: "speedup", value: 1.8, unit: "x" }],
    ["It makes decoding 2 to 10 times faster.", { kind: "speedup", value: [2, 10], unit: "x" }],
    ["We obtain a 2.4$\\times$ speedup with our method.", { kind: "speedup", value: 2.4, unit: "x" }],
    ["Experiments demonstrate consistent speedups: $8.7\\times$ on GSM8K.", { kind: "speedup", value: 8.7, unit: "x" }],
    ["Our cache yields 93.72% GPU memory savings.", { kind: "memory", value: 93.72, unit: "%" }],
    ["We show it, reducing more than 30% active parameters.", { kind: "compute", value: 30, unit: "%", qualifier: ">" }],
    ["Our experts retain over 90% of the full model's accuracy.", { kind: "quality", value: 90, unit: "%", qualifier: ">" }],
    ["We scale our method to 65B parameters.", { kind: "scale", value: 65, unit: "B" }],
    ["For instance, at 2.54 bits, MC-MoE compresses 76.6% of the model with quantization.", { kind: "compression", value: 76.6, unit: "%" }],
    ["During inference, we further reduce activated parameters by 15%.", { kind: "compute", value: 15, unit: "%" }],
  ])("reads %j", (abstract, expected) => {
    expect(facts(abstract)).toContainEqual(expected);
  });

  it("takes no figure from a sentence about earlier work", () => {
    expect(facts("Existing methods reach 50% sparsity and 4-bit weights with quantization. We study routing.")).toEqual([]);
  });

  it("names models, baselines compared against, benchmarks and code", () => {
    const found = facts("We compress Llama-2-7B and Mixtral-8x7B. Our method outperforms GPTQ and AWQ on WikiText-2 and MMLU. Code: https://github.com/a/b.");
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "model", value: "Llama-2-7B", unit: "" },
        { kind: "model", value: "Mixtral-8x7B", unit: "" },
        { kind: "baseline", value: "GPTQ", unit: "" },
        { kind: "baseline", value: "AWQ", unit: "" },
        { kind: "benchmark", value: "WikiText-2", unit: "" },
        { kind: "benchmark", value: "MMLU", unit: "" },
        { kind: "code", value: "https://github.com/a/b", unit: "" },
      ]),
    );
  });

  it("quotes every figure exactly as the paper wrote it (a substring of the text), on every labelled abstract", () => {
    const papers = readFileSync("tests/fixtures/facts-eval.jsonl", "utf8").split("\n").filter(Boolean).map((l) => labelledFactsSchema.parse(JSON.parse(l)));
    expect(papers.length).toBeGreaterThanOrEqual(300);
    for (const paper of papers) {
      const text = `${paper.title}. ${paper.abstract} ${paper.comment ?? ""}`;
      for (const fact of extractFacts(paper)) expect(text, `${paper.id} ${fact.evidence}`).toContain(fact.evidence);
    }
  });
});

describe("normalizeText", () => {
  it("reads LaTeX and words as one spelling and maps back to the original", () => {
    const raw = "a 2.4$\\times$ speedup at 30\\% and 2--3 times, upto 45 percent";
    const normalized = normalizeText(raw);
    expect(normalized.text).toBe("a 2.4× speedup at 30% and 2-3×, up to 45%");
    const at = normalized.text.indexOf("2.4×");
    expect(originalSpan(raw, normalized, at, at + 4)).toBe("2.4$\\times$");
    const pct = normalized.text.indexOf("45%");
    expect(originalSpan(raw, normalized, pct, pct + 3)).toBe("45 percent");
  });
});
