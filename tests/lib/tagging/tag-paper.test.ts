import { describe, expect, it } from "vitest";
import { confidentTags, tagPaper } from "@/lib/tagging/tag-paper";

const slugsOf = (title: string, abstract?: string | null) => confidentTags(tagPaper({ title, abstract })).map((tag) => tag.slug);

describe("tagPaper", () => {
  it.each([
    ["Mixtral of Experts", "A Sparse Mixture of Experts (SMoE) model where a router selects two experts per token.", "moe"],
    ["Scaling with Mixture-of-Expert Layers", null, "moe"],
    ["DeepSeekMoE: Towards Ultimate Expert Specialization", null, "moe"],
    ["MoE-LLaVA for vision-language models", null, "moe"],
    ["Accurate PTQ for LLMs", null, "quantization"],
    ["Stable QAT at 2 bits", null, "quantization"],
    ["GPTQ and AWQ revisited", "We compare GPTQ and AWQ 4-bit weight quantization on Llama.", "quantization"],
    ["QLoRA: Efficient Finetuning of Quantized LLMs", null, "quantization"],
    ["SmoothQuant for W8A8 inference", null, "quantization"],
    ["Faster SparseGPT", "One-shot pruning to 2:4 sparsity.", "pruning"],
    ["Shrinking the KV cache", null, "kv-cache"],
    ["Compressing the key-value cache of long-context LLMs", null, "kv-cache"],
    ["SnapKV: Selecting Important Cache Positions", null, "kv-cache"],
    // Title alone, GQA is only "possibly" kv-cache (stream abstracts name it in passing); with its abstract it is listed.
    ["Grouped-query attention from multi-head checkpoints", "Multi-query attention (MQA), which only uses a single key-value head, drastically speeds up decoder inference. We introduce grouped-query attention (GQA), which uses an intermediate number of key-value heads.", "kv-cache"],
    ["TinyBERT: Distilling BERT", null, "distillation"],
    ["Self-distillation of vision transformers", null, "distillation"],
    ["SVD-based compression of LLM weights", null, "low-rank"],
    ["Low-rank decomposition for one-shot compression", null, "low-rank"],
  ])("tags %j with its acronym or spelling", (title, abstract, slug) => {
    expect(slugsOf(title, abstract)).toContain(slug);
  });

  it.each([
    ["A benchmark written by domain experts", "Questions were written by domain experts and checked by expert annotators; non-expert validators reach 34%.", "moe"],
    ["Expert-level medical question answering", "Physicians and medical experts preferred our answers.", "moe"],
    ["Training products of experts by contrastive divergence", "A product of experts multiplies the distributions of each expert.", "moe"],
    ["Beyond neural scaling laws via data pruning", "A data pruning metric ranks training examples; we prune the dataset and discard examples.", "pruning"],
    ["Dataset Distillation", "We distill a large training dataset into a small set of synthetic distilled images.", "distillation"],
    ["LLMLingua: prompt compression", "We compress prompts by removing tokens; data distillation from GPT-4 labels tokens.", "distillation"],
    ["Neural Discrete Representation Learning", "The VQ-VAE learns a discrete latent codebook via vector quantisation for image generation.", "quantization"],
    ["Finite Scalar Quantization: VQ-VAE Made Simple", "Scalar quantization of latents replaces vector quantization in the image tokenizer.", "quantization"],
    ["QSGD: gradient quantization for communication", "Nodes send quantized gradients to reduce communication in distributed SGD.", "quantization"],
    ["LoRA: Low-Rank Adaptation of Large Language Models", "LoRA injects trainable rank decomposition matrices; fine-tuning with LoRA adapters.", "low-rank"],
    ["GaLore: Gradient Low-Rank Projection", "Memory-efficient training by low-rank projection of gradients, unlike LoRA.", "low-rank"],
    ["Key-Value Memory Networks for reading documents", "A key-value memory stores facts for question answering.", "kv-cache"],
    ["Sparse MoE training at scale", "Sparse training of mixture-of-experts models with expert parallelism and sparse kernels.", "pruning"],
    ["Homoeostasis in recurrent networks", "moe is not an acronym here.", "moe"],
  ])("does not fall for the trap in %j", (title, abstract, slug) => {
    expect(slugsOf(title, abstract)).not.toContain(slug);
  });

  it("counts a title mention more than the same mention in the abstract", () => {
    expect(slugsOf("Post-training quantization of vision transformers", "We study efficiency.")).toEqual(["quantization"]);
    expect(slugsOf("Efficient vision transformers", "Our method is orthogonal to quantization.")).toEqual([]);
  });

  it("ignores a technique mentioned in passing", () => {
    const abstract = "We prune 50% of weights with magnitude pruning and structured pruning of heads. The method is compatible with weight quantization and can be combined with knowledge distillation.";
    expect(slugsOf("Pruning transformers", abstract)).toEqual(["pruning"]);
  });

  it("gives every technique a paper is about", () => {
    const tags = tagPaper({
      title: "KVQuant: KV Cache Quantization for Long Contexts",
      abstract: "We quantize the KV cache to 3-bit with per-channel key quantization, shrinking the cache for 10M-token contexts.",
    });
    expect(tags.map((t) => t.slug).sort()).toEqual(["kv-cache", "quantization"]);
    expect(slugsOf("Compact Language Models via Pruning and Knowledge Distillation").sort()).toEqual(["distillation", "pruning"]);
    expect(slugsOf("Expert pruning and quantized experts for Mixture-of-Experts LLMs").sort()).toEqual(["moe", "pruning", "quantization"]);
  });

  it("scores in [0, 1] with three decimals, highest first", () => {
    const tags = tagPaper({
      title: "Mixture-of-Experts with quantized experts",
      abstract: "We apply 2-bit post-training quantization to the experts of a sparse MoE; routing is unchanged.",
    });
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) {
      expect(tag.score).toBeGreaterThan(0);
      expect(tag.score).toBeLessThanOrEqual(1);
      expect(Math.round(tag.score * 1000) / 1000).toBe(tag.score);
    }
    expect([...tags].sort((a, b) => b.score - a.score)).toEqual(tags);
  });

  it("gives the distinct phrases that fired as evidence, title first, at most five", () => {
    const title = "SparseGPT: one-shot pruning";
    const abstract = "Pruning, pruning and PRUNING: we prune weights to 50% unstructured sparsity and 2:4 sparsity, remove heads, and prune layers with a lottery ticket view.";
    const [tag] = tagPaper({ title, abstract });
    expect(tag.slug).toBe("pruning");
    expect(tag.evidence.slice(0, 2)).toEqual(["SparseGPT", "pruning"]);
    expect(tag.evidence.length).toBeLessThanOrEqual(5);
    expect(new Set(tag.evidence.map((e) => e.toLowerCase())).size).toBe(tag.evidence.length);
    for (const phrase of tag.evidence) expect(`${title} ${abstract}`).toContain(phrase);
  });

  it("reads abstracts with newlines and runs of spaces like single spaces", () => {
    expect(slugsOf("A study", "We apply post-training\n  quantization\tto   4-bit\r\nweights of GPTQ models.")).toEqual(["quantization"]);
  });

  it("tags nothing for an empty or unrelated paper", () => {
    expect(tagPaper({ title: "Attention Is All You Need", abstract: null })).toEqual([]);
    expect(tagPaper({ title: "A", abstract: "" })).toEqual([]);
  });
});
