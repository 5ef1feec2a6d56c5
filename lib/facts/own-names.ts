// The names a paper gives its own method or model ("DeepSeekMoE: …", "we propose DiT-MoE",
// "called Compresso"). A sentence that names one speaks of this work, and a name that starts
// with one is the paper's own, never a model evaluated, a baseline or a benchmark.

import { matches } from "./matches";
import { KNOWN_NAME } from "./name-rules";

// "DeepSeekMoE: Towards …", "Pangu Pro MoE: …": a short title head before a colon.
const TITLE_HEAD = /^\s*([A-Z0-9][^:]{0,38}?)\s?:\s/;
// A coined name has capitals or digits inside a word ("BitVLA", "R2Q", "DiT-MoE", "oBERT"); after
// "called" any capitalised word is one ("called Compresso").
const COINED = String.raw`(?:[A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*|[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]*\d[A-Za-z0-9]*)(?:[-+.][A-Za-z0-9]+)*`;
const INTRODUCED = [
  new RegExp(String.raw`\b[Ww]e\s(?:propose|present|introduce|develop|design|build|devise)\w*\s(?:(?:a|an|the|our|this)\s)?(?:(?!(?:that|which|upon|on|with|to|from|for|of|by|into|over|than|and|in|as)\s)[\w-]+,?\s){0,6}?\(?(?<name>${COINED})(?=[\s,.:;)]|-[a-z]|$)`, "g"),
  new RegExp(String.raw`\b(?:called|named|dubbed|termed|coined)\s(?<name>[A-Z][A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+)*)`, "g"),
];
// Capitalised words of an introduction that are not names ("We propose A novel…", "MoE").
const NOT_OWN = /^(?:A|An|The|This|Our|We|In|To|MoE|MoEs|LLM|LLMs|VLM|VLMs|KV|AI|PTQ|QAT|KD|SOTA|GPU|GPUs|I|II|III|IV|N|K|X)$/;

/** The patterns, for the extractor's version hash. */
export const OWN_NAME_PATTERNS = [TITLE_HEAD, ...INTRODUCED, NOT_OWN];

/** The paper's own names, longest first, from its title head and the sentences that introduce them. */
export function ownNames(title: string, abstract: string): string[] {
  const names = new Set<string>();
  const head = TITLE_HEAD.exec(title)?.[1]?.trim();
  // A head of at most four words is a name ("Pangu Pro MoE", "EdgeMoE" even though others cite it); a longer one is a sentence.
  if (head && head.split(/\s+/).length <= 4 && /[A-Z]/.test(head.slice(1))) names.add(head);
  for (const m of INTRODUCED.flatMap((pattern) => matches(pattern, abstract))) {
    const name = m.groups!.name;
    if (name.length >= 3 && !NOT_OWN.test(name) && /[A-Z]/.test(name) && !KNOWN_NAME.test(name)) names.add(name);
  }
  return [...names].sort((a, b) => b.length - a.length);
}
