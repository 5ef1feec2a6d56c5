import { factSchema, type Fact, type FactKind } from "./fact";
import { splitSentences } from "./extract-facts";

// How facts read at a glance: "2.54 bits · 50% sparsity · 2.4× faster · Mixtral-8x7B", each
// item backed by the sentence that states it.

export const KIND_LABELS: Record<FactKind, string> = {
  bits: "Bits",
  sparsity: "Sparsity",
  compression: "Compression",
  speedup: "Speedup",
  memory: "Memory",
  compute: "Compute",
  quality: "Quality",
  scale: "Scale",
  model: "Model",
  baseline: "Baseline",
  benchmark: "Benchmark",
  code: "Code",
};

// The card line: the figures a compression researcher scans for. Names stay off cards: measured on
// abstracts held out from every rule (BENCHMARKS.md), model names are right about 7 times in 10,
// the figures of these kinds 49 times in 50; the paper page lists the names with their sentences.
const CARD_KINDS: FactKind[] = ["bits", "sparsity", "compression", "speedup", "memory", "compute"];
const MAX_CARD_ITEMS = 5;

// "by 15%" after a cost ("activated parameters by 15%") is a saving too.
const REDUCTION = /reduc|sav|fewer|less|lower|cut|decreas|shrink|\bby\b/i;
// "less than 90% activated parameters" is a qualifier on what is left, not a saving.
const isSaving = (fact: Fact) => REDUCTION.test(fact.evidence.replace(/\b(?:less|fewer|more|lower) than\b/gi, ""));
const QUALIFIER_WORDS = { "<": "under ", ">": "over ", "~": "~" } as const;

function number(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en") : String(value);
}

export function formatValue(fact: Pick<Fact, "value" | "unit" | "qualifier">): string {
  const { value, unit } = fact;
  if (typeof value === "string") return value;
  const amount = Array.isArray(value) ? `${number(value[0])}–${number(value[1])}` : number(value);
  const withUnit = unit === "%" ? `${amount}%` : unit === "x" ? `${amount}×` : unit === "bits" ? `${amount} ${value === 1 ? "bit" : "bits"}` : unit === "B" || unit === "M" ? `${amount}${unit}` : unit === "experts" ? `${amount} experts` : amount;
  return `${fact.qualifier ? QUALIFIER_WORDS[fact.qualifier] : ""}${withUnit}`;
}

/** A figure as it reads on a card: "4 bits", "50% sparsity", "8× smaller", "2.4× faster". */
export function formatFact(fact: Fact): string {
  const value = formatValue(fact);
  switch (fact.kind) {
    case "bits": return value;
    case "sparsity": return `${value} sparsity`;
    case "compression": return `${value} smaller`;
    case "speedup": return `${value} faster`;
    // Papers state memory and compute both as savings ("30% fewer FLOPs") and as what is left
    // ("only 28.5% of computations"); the phrase says which.
    case "memory": return fact.unit === "%" && !isSaving(fact) ? `${value} of the memory` : `${value} less memory`;
    case "compute": return fact.unit === "%" && !isSaving(fact) ? `${value} of the compute` : `${value} less compute`;
    case "quality": return `${value} quality`;
    case "scale": return value;
    default: return value;
  }
}

/** The sentence of the title or abstract that states a fact (the evidence itself if none holds it). */
export function factSentence(fact: Fact, title: string, abstract: string): string {
  for (const { text } of splitSentences(`${title}. ${abstract.replace(/\s+/g, " ")}`)) if (text.includes(fact.evidence)) return text;
  return fact.evidence;
}

export type GlanceItem = { label: string; kind: FactKind; sentence: string };

/** The facts a card shows: its headline figures, one per kind (`npm run eval:facts` scores these too). */
export function cardFacts(facts: readonly Fact[]): Fact[] {
  return CARD_KINDS.flatMap((kind) => facts.filter((f) => f.kind === kind).slice(0, 1)).slice(0, MAX_CARD_ITEMS);
}

/** The card line of a paper: its headline figures, one per kind. */
export function glanceItems(facts: readonly Fact[], title: string, abstract: string): GlanceItem[] {
  return cardFacts(facts).map((fact) => ({ label: formatFact(fact), kind: fact.kind, sentence: factSentence(fact, title, abstract) }));
}

/** The line in feeds and digest emails: "2.54 bits · 76.6% smaller · 2.4× faster". */
export function glanceLine(facts: readonly Fact[]): string {
  return glanceItems(facts, "", "").map((item) => item.label).join(" · ");
}

/** Facts as stored (JSON from the database), keeping only well-formed ones. */
export function readFacts(stored: unknown): Fact[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = factSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
