import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/facts/fact";
import { cardFacts, factSentence, formatFact, glanceItems, glanceLine, readFacts } from "@/lib/facts/glance";

const fact = (kind: Fact["kind"], value: Fact["value"], unit: Fact["unit"], evidence: string, qualifier?: Fact["qualifier"]): Fact => ({ kind, value, unit, evidence, ...(qualifier ? { qualifier } : {}) });

describe("results at a glance", () => {
  it("reads each figure the way a card shows it", () => {
    expect(formatFact(fact("bits", 2.54, "bits", "2.54 bits"))).toBe("2.54 bits");
    expect(formatFact(fact("bits", 1, "bits", "1-bit"))).toBe("1 bit");
    expect(formatFact(fact("sparsity", 50, "%", "50% sparsity"))).toBe("50% sparsity");
    expect(formatFact(fact("compression", [8, 50], "x", "8x - 50x"))).toBe("8–50× smaller");
    expect(formatFact(fact("speedup", 2.4, "x", "2.4x faster"))).toBe("2.4× faster");
    expect(formatFact(fact("compute", 30, "%", "reducing more than 30% active parameters", ">"))).toBe("over 30% less compute");
    expect(formatFact(fact("compute", 28.5, "%", "using only 28.5% of computations"))).toBe("28.5% of the compute");
    expect(formatFact(fact("compute", 90, "%", "less than 90% activated parameters", "<"))).toBe("under 90% of the compute");
    expect(formatFact(fact("scale", 262144, "experts", "262,144 experts"))).toBe("262,144 experts");
  });

  it("shows the headline figures, one per kind, each with its sentence, and no names", () => {
    const facts = [
      fact("model", "OLMoE", "", "OLMoE"), fact("speedup", 2, "x", "2x faster"), fact("speedup", 3, "x", "3x faster"),
      fact("bits", 3, "bits", "3 bits"), fact("model", "Mixtral", "", "Mixtral"), fact("quality", 90, "%", "90%"), fact("baseline", "GPTQ", "", "GPTQ"),
    ];
    const items = glanceItems(facts, "Fast experts", "We quantize OLMoE to 3 bits. It runs 2x faster and 3x faster on Mixtral.");
    expect(items.map((i) => i.label)).toEqual(["3 bits", "2× faster"]);
    expect(items[1].sentence).toBe("It runs 2x faster and 3x faster on Mixtral.");
    expect(glanceLine(facts)).toBe("3 bits · 2× faster");
    expect(cardFacts(facts).map((f) => f.kind)).toEqual(["bits", "speedup"]);
    expect(factSentence(fact("bits", 4, "bits", "4-bit"), "A title", "No figure here.")).toBe("4-bit");
  });

  it("keeps only well-formed stored facts", () => {
    expect(readFacts([{ kind: "bits", value: 4, unit: "bits", evidence: "4-bit" }, { kind: "nonsense" }, "x"])).toHaveLength(1);
    expect(readFacts(null)).toEqual([]);
  });
});
