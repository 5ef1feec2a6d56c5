import { z } from "zod";

// One figure or name a paper reports about its own method, with the phrase that says it
// (../shared/notes/results-at-a-glance.md is the definition of each kind).

export const FIGURE_KINDS = ["bits", "sparsity", "compression", "speedup", "memory", "compute", "quality", "scale"] as const;
export const NAME_KINDS = ["model", "baseline", "benchmark", "code"] as const;
export const FACT_KINDS = [...FIGURE_KINDS, ...NAME_KINDS] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const UNITS = ["%", "x", "bits", "B", "M", "experts", ""] as const;
export type Unit = (typeof UNITS)[number];

export const factSchema = z.object({
  kind: z.enum(FACT_KINDS),
  /** A number, a [low, high] range, or a name (model, baseline, benchmark, code URL). */
  value: z.union([z.number().finite(), z.tuple([z.number().finite(), z.number().finite()]), z.string().min(1)]),
  unit: z.enum(UNITS),
  qualifier: z.enum(["<", ">", "~"]).optional(),
  /** The exact phrase of the title, abstract or comment that states it. */
  evidence: z.string().min(1),
});
export type Fact = z.infer<typeof factSchema>;

/** Two facts are the same when kind and value agree (names case-insensitively). */
export function factKey(fact: Pick<Fact, "kind" | "value">): string {
  const value = typeof fact.value === "string" ? fact.value.toLowerCase() : JSON.stringify(fact.value);
  return `${fact.kind}:${value}`;
}
