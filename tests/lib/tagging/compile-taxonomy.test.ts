import { describe, expect, it } from "vitest";
import { techniqueLabel as clientLabel, TECHNIQUES as CLIENT_TECHNIQUES } from "@/lib/tagging/technique-labels";
import taxonomyJson from "@/lib/tagging/techniques.json";
import { tagPaper } from "@/lib/tagging/tag-paper";
import {
  compileTaxonomy,
  isTechniqueSlug,
  TAGGER_VERSION,
  taggerVersion,
  TECHNIQUE_SLUGS,
  TECHNIQUES,
  techniqueLabel,
} from "@/lib/tagging/compile-taxonomy";

// Edits a copy of the data loosely typed, as a person editing techniques.json would.
type LooseTechnique = { signals: Array<Record<string, unknown> & { weight: number }> } & Record<string, unknown>;
const withTechniques = (edit: (techniques: LooseTechnique[]) => unknown[]) => ({
  ...taxonomyJson,
  techniques: edit(structuredClone(taxonomyJson.techniques) as LooseTechnique[]),
});

describe("the taxonomy", () => {
  it("keeps the public slugs and labels", () => {
    expect(TECHNIQUE_SLUGS).toEqual(["moe", "quantization", "pruning", "kv-cache", "distillation", "low-rank"]);
    expect(TECHNIQUES.map((t) => t.label)).toEqual(["MoE", "Quantization", "Pruning & sparsity", "KV cache", "Distillation", "Low-rank"]);
    expect(CLIENT_TECHNIQUES).toEqual(TECHNIQUES);
    for (const t of TECHNIQUES) expect(t.description.length).toBeGreaterThan(20);
  });

  it("looks labels up by slug and shows an unknown slug as itself", () => {
    expect(techniqueLabel("kv-cache")).toBe("KV cache");
    expect(clientLabel("low-rank")).toBe("Low-rank");
    expect(techniqueLabel("speculative-decoding")).toBe("speculative-decoding");
    expect(isTechniqueSlug("moe")).toBe(true);
    expect(isTechniqueSlug("MoE")).toBe(false);
  });

  it("versions the tagger by a hash of its data", () => {
    expect(TAGGER_VERSION).toMatch(/^t1-[0-9a-f]{12}$/);
    expect(taggerVersion(structuredClone(taxonomyJson))).toBe(TAGGER_VERSION);
    const reweighted = withTechniques((techniques) => {
      techniques[0].signals[0].weight += 1;
      return techniques;
    });
    expect(taggerVersion(reweighted)).not.toBe(TAGGER_VERSION);
  });

  it("takes a new technique from data alone", () => {
    const taxonomy = compileTaxonomy(
      withTechniques((techniques) => [
        ...techniques,
        {
          slug: "speculative-decoding",
          label: "Speculative decoding",
          description: "Draft-and-verify decoding with a smaller draft model.",
          signals: [{ pattern: "speculative (?:decoding|sampling)", weight: 3 }, { pattern: "draft models?", weight: 2 }],
        },
      ]),
    );
    const tags = tagPaper({ title: "Fast inference via speculative decoding", abstract: "A draft model proposes tokens." }, taxonomy);
    expect(tags.map((t) => t.slug)).toEqual(["speculative-decoding"]);
  });

  it.each([
    ["a capturing group", { pattern: "(mixture) of experts", weight: 1 }, /capturing groups/],
    ["an invalid regex", { pattern: "mixture[", weight: 1 }, /invalid regex/],
    ["an unknown slug in also", { pattern: "foo", weight: 1, also: { nope: 1 } }, /unknown slug/],
    ["an in-word signal that ignores case", { pattern: "MoE", weight: 1, inWords: true }, /caseSensitive/],
  ])("rejects a signal with %s", (_, signal, message) => {
    const data = withTechniques((techniques) => {
      techniques[0].signals.push(signal);
      return techniques;
    });
    expect(() => compileTaxonomy(data)).toThrow(message);
  });

  it("rejects duplicate slugs", () => {
    expect(() => compileTaxonomy(withTechniques((techniques) => [...techniques, techniques[0]]))).toThrow(/duplicate/);
  });
});
