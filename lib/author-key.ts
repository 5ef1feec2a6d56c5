import { z } from "zod";

// An author's key: what /authors/{key} and a follow are keyed by. The SQL function author_keys()
// (migration 20261202004730_authors) builds the same keys into Paper.authorKeys from the stored
// names; tests/lib/author-key.test.ts checks that the two agree, on real names and odd ones.
//
// Case, accents, punctuation and middle names or initials do not change the key:
// "Geoffrey E. Hinton", "GEOFFREY HINTON", "Geoffrey Hinton" → geoffrey-hinton. Names written with
// initials only have their own key ("G. E. Hinton" → g-hinton), which is also every G. Hinton's
// initial key: a page for g-hinton lists them all, since initials alone cannot tell two people apart.

// Control, zero-width, soft-hyphen and bidirectional-override characters: never part of a name.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const APOSTROPHES = /['\u2019\u02bc`\u00b4]/g;
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const LETTERS: Record<string, string> = { ø: "o", ł: "l", đ: "d", ð: "d", ħ: "h", ı: "i", ŧ: "t", ς: "σ", ß: "ss", æ: "ae", œ: "oe", þ: "th" };
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const MAX_KEY = 120;

const chars = (s: string) => Array.from(s);
const cut = (s: string) => chars(s).slice(0, MAX_KEY).join("");

function nameTokens(name: string): string[] {
  const plain = name.replace(INVISIBLE, "").replace(APOSTROPHES, "").normalize("NFKD").replace(MARKS, "").toLowerCase();
  return plain.replace(/[øłđðħıŧςßæœþ]/g, (c) => LETTERS[c]).split(SEPARATORS).filter(Boolean);
}

/** The key and the initial key of one name; null when nothing of it is a letter or digit. */
export function authorKeyPair(name: string): { key: string; initialKey: string } | null {
  let tokens = nameTokens(name);
  if (tokens.length > 2 && SUFFIXES.has(tokens.at(-1)!)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;
  const surname = tokens.at(-1)!;
  const given = tokens.slice(0, -1);
  let written = given.filter((t) => chars(t).length > 1);
  if (written.length === 0 && given.length > 0) written = [chars(given[0])[0]];
  return { key: cut([...written, surname].join("-")), initialKey: cut(given.length ? `${chars(given[0])[0]}-${surname}` : surname) };
}

export const authorKey = (name: string) => authorKeyPair(name)?.key ?? null;

/** What Paper.authorKeys holds for these names (the SQL twin's output, in the same order). */
export function authorKeys(names: readonly string[]): string[] {
  const keys: string[] = [];
  for (const pair of names.map(authorKeyPair)) {
    for (const key of pair ? [pair.key, pair.initialKey] : []) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** An author key as it comes in a URL or a form: a key is its own normal form, nothing else is one. */
export const AuthorKeySchema = z
  .string()
  .max(MAX_KEY * 4, "is not an author's name")
  .refine((raw) => raw.length > 0 && authorKey(raw.replaceAll("-", " ")) === raw, "is not an author's name");

export const authorHref = (name: string) => {
  const key = authorKey(name);
  return key ? `/authors/${encodeURIComponent(key)}` : null;
};
