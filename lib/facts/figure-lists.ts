import type { Unit } from "./fact";
import { matches } from "./matches";

// Abstracts list figures of one kind together: "by 0.8% and 2.1%, respectively", "up to 2.21%,
// 11.43%, 7.04%, and 4.81% higher scores", "0.452 on SEVIR, 0.474 on HKO-7, and 0.361 on
// MeteoNet", "3B and 7B LLMs". A rule reads one figure of such a list with its cue words; the
// others are its neighbours with the same unit, joined by commas or "and", and nothing else.

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNIT_TEXT: Partial<Record<Unit, string>> = { "%": String.raw`\s?%`, x: String.raw`\s?×|x\b`, "": "(?![\\d.%×]|\\s?(?:x\\b|[KMBG]\\b|-?bits?\\b))", B: String.raw`\s?B\b`, M: String.raw`\s?M\b` };
const JOIN = String.raw`(?:,\s(?:and\s|or\s)?|,?\s(?:and|or|&)\s)`;
// Where a listed figure may stop: punctuation, or a word that carries on the sentence, not a noun
// that would make it a figure of something else ("and 30% fewer FLOPs").
const STOP = String.raw`(?=\s?(?:[,.;:)]|$)|\s(?:and|or|respectively|on|for|in|at|across|over|with|when|under|compared|than|vs\.?|versus|relative|while|without|improvements?|gains?|LLMs?|models?|language models?|parameters?|respectively)\b)`;
// What may sit between two listed figures: "on SEVIR", "for time error", "on the MFNet dataset".
const BETWEEN = String.raw`(?:\s(?:on|for|in|at)\s(?:the\s)?(?:[A-Za-z][\w.+/-]*\s?){1,3}?)?`;
const LEAD = String.raw`(?:(?:up to|about|over|nearly|only|an?|to)\s)?\+?`;
// Other kinds' words just before a list: "sparsity of 50% and 1.2% accuracy drop" lists no quality.
const OTHER_KIND_BEFORE = /(?:spars\w*|prun\w*|bits?|compress\w*|memory|speed\w*|faster|latency|throughput|FLOPs?|param\w*|cache|tokens?|experts?|reduc\w*|sav\w*)\W*(?:\w+\s){0,2}$/i;

const forward = new Map<Unit, RegExp>();
const backward = new Map<Unit, RegExp>();
for (const [unit, text] of Object.entries(UNIT_TEXT) as [Unit, string][]) {
  forward.set(unit, new RegExp(`${BETWEEN}${JOIN}${LEAD}(?<n>${NUM}(?:${text}))${STOP}`, "yd"));
  backward.set(unit, new RegExp(`(?:(?<![\\w.-])${LEAD}${NUM}(?:${text})${JOIN})+(?:an?\\s)?$`));
}
const ITEM = new Map<Unit, RegExp>([...Object.entries(UNIT_TEXT)].map(([unit, text]) => [unit as Unit, new RegExp(`(?<![\\w.-])${NUM}(?:${text})`, "g")]));

/** The patterns, for the extractor's version hash. */
export const LIST_PATTERNS = [...forward.values(), ...backward.values()];

export type ListedFigure = { value: number; start: number; end: number };

/**
 * The other figures of the list a figure stands in: `numberAt` is where its number starts (or
 * null when the rule's words come first: "by 0.8%" has no list before it), `end` where the
 * rule's match ends. Only for units a list can share (%, ×, unitless, B, M).
 */
export function continuedFigures(sentence: string, numberAt: number | null, end: number, unit: Unit, quality: boolean): ListedFigure[] {
  const after = forward.get(unit);
  if (!after) return [];
  const found: ListedFigure[] = [];
  let at = end;
  for (;;) {
    after.lastIndex = at;
    const m = after.exec(sentence);
    if (!m) break;
    const [start, itemEnd] = m.indices!.groups!.n;
    found.push({ value: Number(m.groups!.n.replace(/[^\d.]/g, "")), start, end: itemEnd });
    at = itemEnd;
  }
  if (numberAt === null) return found;
  const head = sentence.slice(Math.max(0, numberAt - 120), numberAt);
  const list = backward.get(unit)!.exec(head);
  if (list && !(quality && OTHER_KIND_BEFORE.test(head.slice(0, list.index)))) {
    const base = numberAt - head.length + list.index;
    for (const item of matches(ITEM.get(unit)!, list[0])) {
      const start = base + item.index!;
      found.push({ value: Number(item[0].replace(/[^\d.]/g, "")), start, end: start + item[0].length });
    }
  }
  return found;
}
