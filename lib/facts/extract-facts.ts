import { createHash } from "node:crypto";
import type { PaperText } from "@/lib/paper-text";
import { factKey, type Fact } from "./fact";
import { FIGURE_RULES, KIND_CUES, type FigureRule } from "./figure-rules";
import {
  BASELINE_CONTEXT_PATTERN,
  BASELINE_PATTERN,
  BENCHMARK_CONTEXT_PATTERNS,
  BENCHMARK_PATTERN,
  CODE_PATTERN,
  COMPARISON,
  MODEL_PATTERN,
  NEEDS_SUFFIX,
  NOT_A_NAME,
} from "./name-rules";
import { normalizeText, originalSpan, REWRITES } from "./normalize-text";

export type PaperForFacts = PaperText & { comment?: string | null };

// Bump when extract-facts.ts reads text differently; the rules' and rewrites' own text is hashed in as well.
const EXTRACTOR_REVISION = 1;

/** Stored with every paper's facts; changes whenever the extractor or its rules change. */
export const FACTS_VERSION = `f1-${createHash("sha256")
  .update(`${EXTRACTOR_REVISION}\n${REWRITES.map(([pattern, to]) => `${pattern.source} ${to}`).join("\n")}\n${FIGURE_RULES.map((r) => `${r.kind} ${r.pattern.source}`).join("\n")}\n${MODEL_PATTERN.source}\n${BASELINE_PATTERN.source}\n${BENCHMARK_PATTERN.source}`)
  .digest("hex")
  .slice(0, 12)}`;

// A sentence about earlier work or the problem, not about this paper's results.
const PRIOR_WORK =
  /^(?:however,?\s+|yet,?\s+|but\s+|while\s+|although\s+)?(?:existing|previous|prior|conventional|traditional|current|recent|most|many|state-of-the-art|standard|popular|typical)\b|^(?:while|although|recently|despite)\b|\b(?:recent(?:ly)?|several|prior|previous|existing|conventional|traditional|other) (?:\w+ )?(?:works?|stud(?:y|ies)|methods?|approaches|techniques|research|literature)\b/i;
const OWN_WORK = /\b(?:we|our|ours|this (?:paper|work|method|approach)|the proposed|proposed)\b/i;
const QUALIFIER_BEFORE = [
  { pattern: /(?:over|more than|above|at least|exceeding|greater than|beyond|>|≥)\s*$/i, qualifier: ">" as const },
  { pattern: /(?:less than|below|under|at most|fewer than|within|<|≤|sub-)\s*$/i, qualifier: "<" as const },
  { pattern: /(?:about|around|approximately|nearly|roughly|almost|~|≈)\s*$/i, qualifier: "~" as const },
];

/**
 * The figures and names a paper states about its own work, each with its phrase. Local and
 * deterministic; a sentence about earlier work or the motivation contributes no figure.
 */
export function extractFacts(paper: PaperForFacts): Fact[] {
  const raw = [paper.title, paper.abstract ?? ""].filter(Boolean).join(". ");
  const normalized = normalizeText(raw);
  const whole = `${normalized.text} ${paper.comment ?? ""}`;
  const facts = new Map<string, Fact>();
  const add = (fact: Fact) => {
    const key = factKey(fact);
    if (!facts.has(key)) facts.set(key, fact);
  };
  const quote = (start: number, end: number) => originalSpan(raw, normalized, start, end);
  const sentences = splitSentences(normalized.text);
  sentences.forEach(({ text: sentence, start }, index) => {
    const aboutOthers = PRIOR_WORK.test(sentence) && !OWN_WORK.test(sentence);
    // The opening sentence of an abstract usually motivates; it counts only when it speaks of this work.
    const motivation = index === 1 && !OWN_WORK.test(sentence) && sentences.length > 3;
    if (!aboutOthers && !motivation && (/\d/.test(sentence) || /ternary|binar/i.test(sentence))) {
      const kinds = new Map<string, boolean>();
      for (const rule of FIGURE_RULES) {
        let cued = kinds.get(rule.kind);
        if (cued === undefined) kinds.set(rule.kind, (cued = KIND_CUES[rule.kind].test(sentence)));
        if (cued) figures(rule, sentence, start, whole, quote, add);
      }
    }
    const names = (pattern: RegExp) => [...sentence.matchAll(pattern)].map((m) => ({ name: m[0], at: m.index!, evidence: quote(start + m.index!, start + m.index! + m[0].length) }));
    const listed = (pattern: RegExp) =>
      [...sentence.matchAll(pattern)].flatMap((m) => {
        const list = m.groups!.names;
        const base = m.index! + m[0].lastIndexOf(list);
        return [...list.matchAll(/[^,()]+/g)]
          .map((part) => ({ name: part[0].replace(/^\s*(?:and|or)\s+/, "").trim(), at: base + part.index! + part[0].search(/\S/) }))
          .filter(({ name }) => name && !NOT_A_NAME.has(name) && /[A-Z0-9]/.test(name))
          .map(({ name, at }) => ({ name, at, evidence: quote(start + at, start + at + name.length) }));
      });
    // A model named right after a comparison ("outperforms GPT-4o") is what the paper compares against.
    const compared = new Set(listed(BASELINE_CONTEXT_PATTERN).map((b) => b.name));
    for (const baseline of listed(BASELINE_CONTEXT_PATTERN)) if (!aboutOthers) add({ kind: "baseline", value: baseline.name, unit: "", evidence: baseline.evidence });
    if (!aboutOthers) {
      for (const { name, evidence } of names(MODEL_PATTERN)) {
        if (compared.has(name) || NEEDS_SUFFIX.has(name)) continue;
        add({ kind: "model", value: name, unit: "", evidence });
      }
    }
    if (COMPARISON.test(sentence)) for (const { name, evidence } of names(BASELINE_PATTERN)) add({ kind: "baseline", value: name, unit: "", evidence });
    for (const { name, evidence } of names(BENCHMARK_PATTERN)) add({ kind: "benchmark", value: name, unit: "", evidence });
    for (const pattern of BENCHMARK_CONTEXT_PATTERNS) for (const { name, evidence } of listed(pattern)) add({ kind: "benchmark", value: name, unit: "", evidence });
  });
  for (const url of [...`${raw} ${paper.comment ?? ""}`.matchAll(CODE_PATTERN)].map((m) => m[0])) add({ kind: "code", value: url, unit: "", evidence: url });
  return [...facts.values()];
}

type Quote = (start: number, end: number) => string;

function figures(rule: FigureRule, sentence: string, offset: number, whole: string, quote: Quote, add: (fact: Fact) => void) {
  if (rule.needs && !rule.needs.test(whole)) return;
  for (const match of sentence.matchAll(rule.pattern)) {
    // Rules without a number ("ternary") give their value themselves.
    const low = parseNumber(match.groups?.n1);
    if (low === null && !rule.value) continue;
    const high = parseNumber(match.groups?.n2);
    const value = rule.value ? rule.value(low ?? Number.NaN, high, match) : high !== null && high > low! ? ([low!, high] as [number, number]) : low!;
    if (value === null) continue;
    const unit = typeof rule.unit === "function" ? rule.unit(match) : rule.unit;
    const at = match.index!;
    const before = sentence.slice(Math.max(0, at - 24), at) + (match.groups?.n1 ? match[0].slice(0, match[0].indexOf(match.groups.n1)) : "");
    const qualifier = match.groups?.sub ? "<" : QUALIFIER_BEFORE.find((q) => q.pattern.test(before))?.qualifier;
    add({ kind: rule.kind, value, unit, ...(qualifier ? { qualifier } : {}), evidence: quote(offset + at, offset + at + match[0].trimEnd().length) });
  }
}

function parseNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const value = Number(raw.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

/** Sentences with their offsets, split after ". " and the like but not inside "e.g." or "2.54". */
export function splitSentences(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  const boundary = /(?<=[.!?])\s+(?=[A-Z(])(?<!\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|approx)\.\s+)/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ text: text.slice(start, match.index), start });
    start = match.index! + match[0].length;
  }
  sentences.push({ text: text.slice(start), start });
  return sentences.filter((s) => s.text.trim());
}
