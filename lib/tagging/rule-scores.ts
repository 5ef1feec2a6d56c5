import { normalizeSpacing, scanText } from "./scan-text";
import { TAXONOMY, type CompiledTaxonomy } from "./compile-taxonomy";
import type { PaperText } from "@/lib/paper-text";

/**
 * What the rules of one technique found in a paper: `score` in [0, 1) from the weighted phrases
 * (0.5 at `halfScore`), the sums behind it (strong phrases, supporting ones, negative contexts,
 * strong phrases in the title), and the phrases themselves, title first, strongest first.
 */
export type RuleScore = {
  score: number;
  strong: number;
  support: number;
  negative: number;
  title: number;
  evidence: string[];
  /** The words around each strong phrase ("token pruning" vs "weight pruning" is decided there). */
  context: string[];
};

/**
 * A technique the classifier weighs: its rules found a strong phrase that negative contexts
 * ("LoRA", "dataset distillation") did not cancel. Every tag therefore has evidence.
 */
export function isCandidate(rule: RuleScore): boolean {
  return rule.strong > 0;
}

type Hit = { text: string; weight: number; order: number; yieldTo: readonly number[] };
type Tally = { strong: number; support: number; negative: number; title: number; hits: Hit[]; context: string[] };

const CONTEXT_CHARS = 40;
const MAX_CONTEXTS = 6; // per technique: the first few occurrences say what the phrase means here

const ABSTRACT_ORDER = 1_000_000; // evidence order: every title hit sorts before any abstract hit

/**
 * Each signal adds its weight per occurrence (at most `maxRepeats` times per field), title hits
 * count `titleWeight` times, support signals only count next to a real signal, negative contexts
 * subtract, and a signal that yields to another technique is dropped when that technique's rules
 * pass their threshold.
 */
export function scoreRules(paper: PaperText, taxonomy: CompiledTaxonomy = TAXONOMY): RuleScore[] {
  const { slugs, scoring } = taxonomy;
  const tallies: Tally[] = slugs.map(() => ({ strong: 0, support: 0, negative: 0, title: 0, hits: [], context: [] }));
  tallyField(paper.title, scoring.titleWeight, 0, taxonomy, tallies);
  if (paper.abstract) tallyField(paper.abstract, 1, ABSTRACT_ORDER, taxonomy, tallies);

  // Yielding hits were kept apart, so whether their target passes is known before they count.
  const passes = tallies.map((tally) => score(tally, scoring.halfScore) >= scoring.threshold);
  return tallies.map((tally) => {
    const hits = tally.hits.filter((hit) => !hit.yieldTo.some((target) => passes[target]));
    for (const hit of hits) {
      if (hit.yieldTo.length === 0) continue;
      if (hit.weight > 0) tally.strong += hit.weight;
      else tally.support -= hit.weight; // support hits carry their weight negated, see credit()
      if (hit.order < ABSTRACT_ORDER && hit.weight > 0) tally.title += hit.weight;
    }
    const { strong, support, negative, title, context } = tally;
    return { score: score(tally, scoring.halfScore), strong, support, negative, title, evidence: pickEvidence(hits, scoring.maxEvidence), context };
  });
}

function score(tally: Tally, halfScore: number): number {
  if (tally.strong <= 0) return 0;
  const raw = tally.strong + tally.support + tally.negative;
  return raw > 0 ? raw / (raw + halfScore) : 0;
}

function tallyField(raw: string, multiplier: number, orderBase: number, taxonomy: CompiledTaxonomy, tallies: Tally[]) {
  const { entries, scoring } = taxonomy;
  const repeats = new Uint8Array(entries.length);
  const text = normalizeSpacing(raw);
  for (const { entry: index, phrase, at } of scanText(text, taxonomy)) {
    const entry = entries[index];
    if (entry.technique < 0 || repeats[index]++ >= scoring.maxRepeats) continue;
    if (entry.weight > 0 && !entry.support && tallies[entry.technique].context.length < MAX_CONTEXTS) {
      tallies[entry.technique].context.push(text.slice(Math.max(0, at - CONTEXT_CHARS), at + phrase.length + CONTEXT_CHARS));
    }
    const order = orderBase + at;
    credit(tallies[entry.technique], entry.weight * multiplier, entry.support, entry.yieldTo, phrase, order);
    for (const [technique, weight] of entry.also) credit(tallies[technique], weight * multiplier, false, [], phrase, order);
  }
}

function credit(tally: Tally, weight: number, support: boolean, yieldTo: readonly number[], text: string, order: number) {
  if (weight < 0) {
    tally.negative += weight;
    return;
  }
  if (yieldTo.length === 0) {
    if (support) tally.support += weight;
    else {
      tally.strong += weight;
      if (order < ABSTRACT_ORDER) tally.title += weight;
    }
  }
  // The hit's weight ranks evidence (support last); a yielding hit keeps it to be added back later.
  tally.hits.push({ text, weight: support ? -weight : weight, order, yieldTo });
}

// Title phrases first, then the strongest abstract phrases; one entry per phrase, case-insensitively.
function pickEvidence(hits: readonly Hit[], max: number): string[] {
  const sorted = [...hits].sort((a, b) => {
    const aTitle = a.order < ABSTRACT_ORDER ? 0 : 1;
    const bTitle = b.order < ABSTRACT_ORDER ? 0 : 1;
    return aTitle - bTitle || b.weight - a.weight || a.order - b.order;
  });
  const seen = new Set<string>();
  const evidence: string[] = [];
  for (const hit of sorted) {
    const key = hit.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(hit.text);
    if (evidence.length === max) break;
  }
  return evidence;
}
