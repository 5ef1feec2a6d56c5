import { normalizeSpacing, scanText } from "./scan-text";
import { TAXONOMY, type CompiledTaxonomy, type TechniqueSlug } from "./techniques";

export type TopicTag = { slug: TechniqueSlug; score: number; evidence: string[] };
export type PaperText = { title: string; abstract?: string | null };

type Hit = { text: string; weight: number; order: number; yieldTo: readonly number[] };
type Tally = { strong: number; support: number; negative: number; hits: Hit[] };

const ABSTRACT_ORDER = 1_000_000; // evidence order: every title hit sorts before any abstract hit

/**
 * Tags one paper with the techniques it is about. Each signal adds its weight per occurrence
 * (at most `maxRepeats` times per field), title hits count `titleWeight` times, support
 * signals only count next to a real signal, negative contexts subtract, and a signal that
 * yields to another technique is dropped when that technique is tagged. The sum maps to a
 * score in [0, 1) that reaches 0.5 at `halfScore`.
 */
export function tagPaper(paper: PaperText, taxonomy: CompiledTaxonomy = TAXONOMY): TopicTag[] {
  const { slugs, scoring } = taxonomy;
  const tallies: Tally[] = slugs.map(() => ({ strong: 0, support: 0, negative: 0, hits: [] }));
  tallyField(paper.title, scoring.titleWeight, 0, taxonomy, tallies);
  if (paper.abstract) tallyField(paper.abstract, 1, ABSTRACT_ORDER, taxonomy, tallies);

  // Yielding hits were kept apart, so whether their target is tagged is known before they count.
  const tagged = tallies.map((tally) => score(tally, scoring.halfScore) >= scoring.threshold);
  const tags: TopicTag[] = [];
  tallies.forEach((tally, index) => {
    const hits = tally.hits.filter((hit) => !hit.yieldTo.some((target) => tagged[target]));
    for (const hit of hits) {
      if (hit.yieldTo.length === 0) continue;
      if (hit.weight > 0) tally.strong += hit.weight;
      else tally.support -= hit.weight; // support hits carry their weight negated, see credit()
    }
    const value = score(tally, scoring.halfScore);
    if (value < scoring.threshold) return;
    tags.push({ slug: slugs[index], score: Math.round(value * 1000) / 1000, evidence: pickEvidence(hits, scoring.maxEvidence) });
  });
  return tags.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

function score(tally: Tally, halfScore: number): number {
  if (tally.strong <= 0) return 0;
  const raw = tally.strong + tally.support + tally.negative;
  return raw > 0 ? raw / (raw + halfScore) : 0;
}

function tallyField(raw: string, multiplier: number, orderBase: number, taxonomy: CompiledTaxonomy, tallies: Tally[]) {
  const { entries, scoring } = taxonomy;
  const repeats = new Uint8Array(entries.length);
  for (const { entry: index, phrase, at } of scanText(normalizeSpacing(raw), taxonomy)) {
    const entry = entries[index];
    if (entry.technique < 0 || repeats[index]++ >= scoring.maxRepeats) continue;
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
    else tally.strong += weight;
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
