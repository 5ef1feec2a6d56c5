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

  it.each([
    // phrasings of the figure kinds beyond the first patterns
    ["Our approach saves 50% memory during training.", { kind: "memory", value: 50, unit: "%" }],
    ["The memory footprint is reduced by 40% with our method.", { kind: "memory", value: 40, unit: "%" }],
    ["Our method compresses the KV cache by 4x.", { kind: "memory", value: 4, unit: "x" }],
    ["It requires only 25% of the memory of the full model.", { kind: "memory", value: 25, unit: "%" }],
    ["It reduces training cost and inference latency by 3.0-fold.", { kind: "speedup", value: 3, unit: "x" }],
    ["We achieve up to \\textbf{2.68$\\times$} speed-up on video captioning.", { kind: "speedup", value: 2.68, unit: "x" }],
    ["It accelerates standard tree-based speculative decoding by up to 2.22x.", { kind: "speedup", value: 2.22, unit: "x" }],
    ["Our method yields a compression ratio of 12.", { kind: "compression", value: 12, unit: "x" }],
    ["Up to 50% of the attention heads can be pruned.", { kind: "sparsity", value: 50, unit: "%" }],
    ["We achieve 76.3% top-1 accuracy on ImageNet.", { kind: "quality", value: 76.3, unit: "%" }],
    ["The perplexity increases by only 0.3.", { kind: "quality", value: 0.3, unit: "" }],
    ["It outperforms the Switch Transformer by 2 BLEU scores.", { kind: "quality", value: 2, unit: "" }],
    ["We achieve an average performance improvement of 0.51% on MMLU.", { kind: "quality", value: 0.51, unit: "%" }],
    ["We reduce the number of activated experts by 50%.", { kind: "compute", value: 50, unit: "%" }],
    ["It prunes 88.9% of visual tokens.", { kind: "compute", value: 88.9, unit: "%" }],
    ["We scale our MoE to 1.6 trillion parameters.", { kind: "scale", value: 1600, unit: "B" }],
  ])("reads %j", (abstract, expected) => {
    expect(facts(`We study efficient models. Our method works. ${abstract}`)).toContainEqual(expected);
  });

  it("reads every figure of a list, each with its own phrase", () => {
    const found = extractFacts({ title: "A method", abstract: "We study it. Our method works. It can still surpass ViT and ViT-MoE by 0.8% and 2.1%, respectively. It achieves up to 2.21%, 11.43%, and 4.81% higher scores on four benchmarks. Applied to 3B and 7B LLMs, it helps." });
    const values = (kind: string) => found.filter((f) => f.kind === kind).map((f) => f.value);
    expect(values("quality")).toEqual(expect.arrayContaining([0.8, 2.1, 2.21, 11.43, 4.81]));
    expect(values("scale")).toEqual(expect.arrayContaining([3, 7]));
    expect(values("baseline")).toEqual(expect.arrayContaining(["ViT", "ViT-MoE"]));
    expect(found.find((f) => f.value === 2.1)?.evidence).toBe("2.1%");
  });

  it("keeps two sizes of a range in their own units, and a figure of what is left out of speedups", () => {
    expect(facts("We evaluate models with 200M - 65B parameters.")).toEqual(expect.arrayContaining([{ kind: "scale", value: 200, unit: "M" }, { kind: "scale", value: 65, unit: "B" }]));
    expect(facts("We study it. Our method works. It can reduce the runtime to 1.6% of its baseline.").filter((f) => f.kind === "speedup")).toEqual([]);
    expect(facts("We study it. Our method works. The compressed KV cache is 8x smaller.").map((f) => f.kind)).not.toContain("compression");
  });

  it("reads figures of a sentence that compares with earlier work, not of one about it", () => {
    expect(facts("We study it. Our method works. Experiments show improvements over CNNs and prior distillation methods, with a 3.5% accuracy gain.")).toContainEqual({ kind: "quality", value: 3.5, unit: "%" });
    expect(facts("We study it. Our method works. Recent studies reach 50% sparsity with 2% accuracy loss.")).toEqual([]);
  });

  it("never names the paper's own method or benchmark-free acronyms as models, baselines or benchmarks", () => {
    const found = extractFacts({ title: "EdgeMoE: Fast inference", abstract: "We study MoE. In this paper, we present DiT-MoE, a sparse diffusion model. Unlike Grouped Query Attention (GQA), EdgeMoE outperforms MegaBlocks. DiT-MoE 2B beats it." });
    const names = found.filter((f) => typeof f.value === "string").map((f) => `${f.kind}:${f.value}`);
    expect(names).toContain("baseline:MegaBlocks");
    expect(names.join(" ")).not.toMatch(/DiT-MoE|EdgeMoE|GQA/);
  });

  it("tells a compared model from the model itself, and reads dataset lists", () => {
    const found = facts("We study it. Our model outperforms prominent open-source models like GLM-Z1-32B and Qwen3-32B. Relative to the dense BERT-base, we obtain 10x model size compression. Extensive experiments on COCO-20i, PASCAL-5i, and FSS-1000 demonstrate the effectiveness of our method.");
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "baseline", value: "GLM-Z1-32B", unit: "" },
        { kind: "baseline", value: "Qwen3-32B", unit: "" },
        { kind: "model", value: "BERT-base", unit: "" },
        { kind: "benchmark", value: "COCO-20i", unit: "" },
        { kind: "benchmark", value: "PASCAL-5i", unit: "" },
        { kind: "benchmark", value: "FSS-1000", unit: "" },
      ]),
    );
    expect(found).not.toContainEqual({ kind: "baseline", value: "BERT-base", unit: "" });
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
  it("reads emphasis, thin spaces and N-fold, and quotes the original", () => {
    const raw = "FID of \\textbf{\\emph{1.46}}, \\textbf{2.68$\\times$} faster, 5.7\\,M parameters, 3.0-fold";
    const normalized = normalizeText(raw);
    expect(normalized.text).toBe("FID of 1.46, 2.68× faster, 5.7 M parameters, 3.0×");
    const at = normalized.text.indexOf("2.68×");
    expect(originalSpan(raw, normalized, at, at + 5)).toBe("\\textbf{2.68$\\times$}");
  });

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
