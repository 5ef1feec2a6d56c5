import { KEY_SYMBOLS, keySymbol, type Bucket, type CompiledEntry, type CompiledTaxonomy } from "./compile-taxonomy";

/** One trap or signal found in a text: which entry, the phrase as written, and where. */
export type TextMatch = { entry: number; phrase: string; at: number };

const OTHER = KEY_SYMBOLS - 1;
const ODD_SPACE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Patterns are written with single spaces; arXiv abstracts carry newlines and double spaces. */
export function normalizeSpacing(raw: string): string {
  // Two cheap checks first: most texts need no rewrite, and one alternation regex costs more.
  return raw.includes("  ") || ODD_SPACE.test(raw) ? raw.replace(/\s+/g, " ") : raw;
}

/**
 * Finds the traps and signals in a (normalised) text. At each word start the earliest entry
 * that matches wins and the scan resumes after it, so matches never overlap and a trap hides
 * the keywords inside it. Then signals marked inWords are looked for inside longer words
 * (DeepSeekMoE, SnapKV) that no match covered.
 */
export function scanText(text: string, taxonomy: CompiledTaxonomy): TextMatch[] {
  const matches = scanWordStarts(text, taxonomy);
  if (taxonomy.inWords) matches.push(...scanInsideWords(text, taxonomy.inWords, matches));
  return matches;
}

/** The first pass of scanText: the earliest matching entry at each word start. */
export function scanWordStarts(text: string, taxonomy: CompiledTaxonomy): TextMatch[] {
  const { entries, buckets, bucketByKey } = taxonomy;
  const matches: TextMatch[] = [];
  const length = text.length;
  let previous = OTHER;
  for (let at = 0; at < length; ) {
    const first = keySymbol(text.charCodeAt(at));
    if (first === OTHER || previous !== OTHER) {
      previous = first;
      at++;
      continue;
    }
    // Its first three characters pick the few entries worth trying at this word start.
    const key = (first * KEY_SYMBOLS + keySymbol(text.charCodeAt(at + 1))) * KEY_SYMBOLS + keySymbol(text.charCodeAt(at + 2));
    const bucket = bucketByKey[key];
    const match = bucket < 0 ? null : matchAt(buckets[bucket], entries, text, at);
    if (match) {
      matches.push(match);
      at += match.phrase.length; // a match ends before a non-alphanumeric character, which resets `previous`
    } else {
      previous = first;
      at++;
    }
  }
  return matches;
}

function matchAt(bucket: Bucket, entries: readonly CompiledEntry[], text: string, at: number): TextMatch | null {
  bucket.matcher.lastIndex = at;
  const match = bucket.matcher.exec(text);
  if (!match) return null;
  let group = 1;
  while (match[group] === undefined) group++;
  const entry = bucket.entries[group - 1];
  const verify = entries[entry].verify;
  if (!verify || verify.test(match[0])) return { entry, phrase: match[0], at };
  // A case-sensitive acronym in the wrong case ("moe"): the later entries still get their turn.
  for (const next of bucket.entries.slice(group)) {
    const { sticky, verify: verifyNext } = entries[next];
    sticky.lastIndex = at;
    const retry = sticky.exec(text);
    if (retry && (!verifyNext || verifyNext.test(retry[0]))) return { entry: next, phrase: retry[0], at };
  }
  return null;
}

function scanInsideWords(text: string, inWords: NonNullable<CompiledTaxonomy["inWords"]>, taken: readonly TextMatch[]): TextMatch[] {
  const found: TextMatch[] = [];
  let lastWordEnd = -1;
  inWords.matcher.lastIndex = 0;
  for (let hit = inWords.matcher.exec(text); hit; hit = inWords.matcher.exec(text)) {
    if (keySymbol(text.charCodeAt(hit.index - 1)) === OTHER) continue; // at a word start: the main scan decided
    let start = hit.index;
    let end = hit.index + hit[0].length;
    while (keySymbol(text.charCodeAt(start - 1)) !== OTHER) start--;
    while (keySymbol(text.charCodeAt(end)) !== OTHER) end++;
    if (start < lastWordEnd || taken.some((m) => m.at < end && start < m.at + m.phrase.length)) continue;
    lastWordEnd = end;
    let group = 1;
    while (hit[group] === undefined) group++;
    found.push({ entry: inWords.entries[group - 1], phrase: text.slice(start, end), at: start });
  }
  return found;
}
