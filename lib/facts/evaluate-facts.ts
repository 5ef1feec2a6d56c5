import { z } from "zod";
import { FACT_KINDS, factSchema, type Fact, type FactKind } from "./fact";

export const labelledFactsSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string(),
  comment: z.string().nullish(),
  facts: z.array(factSchema),
  note: z.string().optional(),
});
export type LabelledFacts = z.infer<typeof labelledFactsSchema>;

export type KindMetrics = { kind: FactKind; tp: number; fp: number; fn: number; precision: number; recall: number };
export type FactsReport = {
  papers: number;
  perKind: KindMetrics[];
  overall: Omit<KindMetrics, "kind">;
  numeric: Omit<KindMetrics, "kind">;
  /** What researchers see on a card: how many of the facts a card line shows are right. */
  card: { tp: number; fp: number; precision: number };
};
export type FactMistake = { id: string; missed: Fact[]; extra: Fact[] };

/** Names match case-insensitively and whatever their separators ("LLaMA-2 7B" = "llama 2-7b"). */
export function normalizedValue(fact: Pick<Fact, "kind" | "value">): string {
  if (typeof fact.value === "string") return fact.value.toLowerCase().replace(/[\s_-]+/g, " ").replace(/[.,;:]+$/, "").trim();
  if (Array.isArray(fact.value)) return fact.value.map((v) => String(Math.round(v * 1e6) / 1e6)).join("..");
  return String(Math.round(fact.value * 1e6) / 1e6);
}

const key = (fact: Pick<Fact, "kind" | "value">) => `${fact.kind}:${normalizedValue(fact)}`;

/** Precision and recall per kind: a fact is right when kind and value agree with a labelled one. */
export function evaluateFacts(
  papers: readonly LabelledFacts[],
  extract: (paper: LabelledFacts) => readonly Fact[],
  shownOnCard: (facts: readonly Fact[]) => readonly Fact[] = () => [],
): { report: FactsReport; mistakes: FactMistake[] } {
  const counts = new Map<FactKind, { tp: number; fp: number; fn: number }>(FACT_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]));
  const card = { tp: 0, fp: 0 };
  const mistakes: FactMistake[] = [];
  for (const paper of papers) {
    const gold = new Map(paper.facts.map((f) => [key(f), f]));
    const extracted = extract(paper);
    for (const fact of shownOnCard(extracted)) if (gold.has(key(fact))) card.tp++;
    else card.fp++;
    const found = new Map(extracted.map((f) => [key(f), f]));
    const missed: Fact[] = [];
    const extra: Fact[] = [];
    for (const [k, fact] of found) {
      if (gold.has(k)) counts.get(fact.kind)!.tp++;
      else (counts.get(fact.kind)!.fp++, extra.push(fact));
    }
    for (const [k, fact] of gold) if (!found.has(k)) (counts.get(fact.kind)!.fn++, missed.push(fact));
    if (missed.length || extra.length) mistakes.push({ id: paper.id, missed, extra });
  }
  const metrics = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => ({
    tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1,
  });
  const perKind = [...counts].map(([kind, c]) => ({ kind, ...metrics(c) }));
  const sum = (list: KindMetrics[]) => metrics(list.reduce((a, m) => ({ tp: a.tp + m.tp, fp: a.fp + m.fp, fn: a.fn + m.fn }), { tp: 0, fp: 0, fn: 0 }));
  const numeric = perKind.filter((m) => !["model", "baseline", "benchmark", "code"].includes(m.kind));
  return { report: { papers: papers.length, perKind, overall: sum(perKind), numeric: sum(numeric), card: { ...card, precision: card.tp + card.fp ? card.tp / (card.tp + card.fp) : 1 } }, mistakes };
}
