/**
 * Every way a regex source can begin, as `length`-character keys: letters lowercased, digits
 * kept, any other character (and the end of a match) written as a space. The tagger looks up
 * the key at each word start and only tries the signals that can begin there. Understands the
 * subset techniques.json uses (groups, alternation, classes, escapes, quantifiers, lookarounds)
 * and answers null (try everywhere) for anything else or when the set grows past `limit`.
 */
export function matchPrefixes(source: string, length = 3, limit = 20_000): Set<string> | null {
  const parser: Parser = { source, at: 0, length, limit };
  try {
    const prefixes = parseAlternation(parser, new Set([""]));
    if (parser.at !== source.length) return null;
    return new Set([...prefixes].map((prefix) => prefix.padEnd(length, " ")));
  } catch (error) {
    if (error instanceof TooOpen) return null;
    throw error;
  }
}

class TooOpen extends Error {}
type Parser = { source: string; at: number; length: number; limit: number };
type Heads = Set<string>; // the prefixes read so far; each parse step extends them

const ANY = [..."abcdefghijklmnopqrstuvwxyz0123456789 "];
const DIGITS = [..."0123456789"];
const symbol = (c: string) => (/[a-z0-9]/i.test(c) ? c.toLowerCase() : " ");

function parseAlternation(p: Parser, heads: Heads): Heads {
  const all = parseSequence(p, heads);
  while (p.source[p.at] === "|") {
    p.at++;
    for (const prefix of parseSequence(p, heads)) all.add(prefix);
  }
  return all;
}

function parseSequence(p: Parser, heads: Heads): Heads {
  let current = heads;
  while (p.at < p.source.length && p.source[p.at] !== "|" && p.source[p.at] !== ")") {
    current = parseQuantified(p, current);
  }
  return current;
}

function parseQuantified(p: Parser, heads: Heads): Heads {
  const start = p.at;
  parseAtom(p, new Set(["".padEnd(p.length, " ")])); // a dry run, only to find where the atom ends
  const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(p.source.slice(p.at));
  if (!quantifier) {
    p.at = start;
    return parseAtom(p, heads);
  }
  const [, sign, min, comma, max] = quantifier;
  const low = sign === "+" ? 1 : sign ? 0 : Number(min);
  const high = sign === "?" ? 1 : sign ? Infinity : comma ? (max ? Number(max) : Infinity) : Number(min);
  // Each repetition adds a character or changes nothing, so `length` extra repetitions suffice.
  const result = new Set<string>(low === 0 ? heads : []);
  let current = heads;
  for (let count = 1; count <= Math.min(high, low + p.length); count++) {
    p.at = start;
    current = parseAtom(p, current);
    if (count >= low) for (const prefix of current) result.add(prefix);
  }
  p.at = start;
  parseAtom(p, new Set(["".padEnd(p.length, " ")]));
  p.at += quantifier[0].length;
  return result;
}

function parseAtom(p: Parser, heads: Heads): Heads {
  const c = p.source[p.at];
  if (c === "(") {
    const lookaround = /^\(\?<?[=!]/.exec(p.source.slice(p.at));
    p.at += lookaround ? lookaround[0].length : p.source.startsWith("(?:", p.at) ? 3 : 1;
    const inner = parseAlternation(p, lookaround ? new Set(["".padEnd(p.length, " ")]) : heads);
    if (p.source[p.at] !== ")") throw new TooOpen();
    p.at++;
    return lookaround ? heads : inner; // a lookaround consumes nothing
  }
  if (c === "[") return extend(p, heads, parseClass(p));
  if (c === "\\") {
    const escaped = p.source[p.at + 1];
    p.at += 2;
    if (escaped === "d") return extend(p, heads, DIGITS);
    if (escaped === "w") return extend(p, heads, ANY);
    if (escaped === "b" || escaped === "B") return heads;
    if (escaped === "s") return extend(p, heads, [" "]);
    if (/[a-zA-Z0-9]/.test(escaped)) throw new TooOpen(); // \p{…}, \u…, back-references
    return extend(p, heads, [" "]);
  }
  p.at++;
  if (c === "^" || c === "$") return heads;
  return extend(p, heads, c === "." ? ANY : [symbol(c)]);
}

function parseClass(p: Parser): string[] {
  let end = p.at + 1;
  while (end < p.source.length && p.source[end] !== "]") end += p.source[end] === "\\" ? 2 : 1;
  const body = p.source.slice(p.at + 1, end);
  p.at = end + 1;
  if (body.startsWith("^")) return ANY;
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") {
      const escaped = body[++i];
      if (escaped === "d") DIGITS.forEach((d) => chars.add(d));
      else if (/[a-zA-Z0-9]/.test(escaped)) ANY.forEach((w) => chars.add(w));
      else chars.add(" ");
    } else if (body[i + 1] === "-" && i + 2 < body.length) {
      for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) chars.add(symbol(String.fromCharCode(code)));
      i += 2;
    } else {
      chars.add(symbol(body[i]));
    }
  }
  return [...chars];
}

// Appends one character from `chars` to every prefix that is still shorter than `length`.
function extend(p: Parser, heads: Heads, chars: readonly string[]): Heads {
  const next = new Set<string>();
  for (const head of heads) {
    if (head.length >= p.length) next.add(head);
    else for (const c of chars) next.add(head + c);
    if (next.size > p.limit) throw new TooOpen();
  }
  return next;
}
