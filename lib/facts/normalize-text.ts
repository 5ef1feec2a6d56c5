import { matches } from "./matches";

// Abstracts write figures in LaTeX and words ("2.4$\times$", "30\%", "2--3", "45 percent",
// "upto"). The rules read one plain spelling; `origin` maps each character of it back to the
// abstract, so evidence is always quoted exactly as the paper wrote it.

// Emphasis around a figure ("\textbf{\emph{1.46}}", "\textcolor{red}{https://…}"), read again once the
// "$\times$" inside it is plain ("\textbf{2.68$\times$}").
const EMPHASIS = /\\(?:textbf|textit|emph|underline|textsc|texttt|mathbf|mathrm|text|bf)\{([^{}$]*)\}|\\textcolor\{\w+\}\{([^{}$]*)\}|\{\\bf\s([^{}$]*)\}/g;

export const REWRITES: Array<[RegExp, string]> = [
  [EMPHASIS, "$1$2$3"],
  [EMPHASIS, "$1$2$3"],
  [/\$\s*(\d+(?:\.\d+)?)\s*\\times\s*\$/g, "$1×"],
  [/\$\s*(\d+(?:\.\d+)?)\s*\\%\s*\$/g, "$1%"],
  [/\$\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*\$/g, "$1-$2"],
  [/\$\^\{?\+\}?\$/g, "+"],
  // LaTeX thin spaces inside figures ("5.7\,M parameters", "72.19\,ms").
  [/(\d)\\[,;:!]\s?/g, "$1 "],
  [/\$\s*\\times\s*\$|\\times|\$\s*\\mathbf\{?\\times\}?\s*\$/g, "×"],
  [/\$\s*(\d+(?:\.\d+)?)\s*\$/g, "$1"],
  [/\\%/g, "%"],
  [/\s?percent(?:age points?)?\b/gi, "%"],
  [/(\d)\s*(?:--|—|–)\s*(\d)/g, "$1-$2"],
  [/\bupto\b/gi, "up to"],
  [/(\d)(times)\b/gi, "$1 $2"],
  [/(\d)\s+times\b(?!\s+(?:more|as|larger|bigger|the|per|of))/gi, "$1×"],
  [/\$\s*\\sim\s*\$|\\sim/g, "~"],
  [EMPHASIS, "$1$2$3"],
  // "3.0-fold", "2.7 fold" read as "3.0×".
  [/(\d)[- ]fold\b/g, "$1×"],
];
// Most abstracts need none of the rewrites: one cheap test decides whether to try them.
const ANY_REWRITE = /[$\\–—]|--|percent|upto|\dtimes|\d\s+times|\d[- ]fold/i;

export type NormalizedText = { text: string; origin: number[] };

export function normalizeText(raw: string): NormalizedText {
  let { text, origin } = collapseSpaces(raw);
  if (ANY_REWRITE.test(text)) {
    for (const [pattern, replacement] of REWRITES) {
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = 0; // the next exec starts where test() left a global regex
      if (!found) continue;
      ({ text, origin } = rewrite(text, origin, pattern, replacement));
    }
  }
  origin.push(raw.length);
  return { text, origin };
}

/** Runs of whitespace become one space, in one pass (abstracts are broken over lines). */
function collapseSpaces(raw: string): { text: string; origin: number[] } {
  const origin = new Array<number>(raw.length);
  const chunks: string[] = [];
  let length = 0;
  let chunkStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 32 && code !== 160) {
      origin[length++] = i;
      continue;
    }
    let end = i + 1;
    while (end < raw.length && isSpace(raw.charCodeAt(end))) end++;
    if (!isSpace(code)) {
      origin[length++] = i;
      continue;
    }
    if (code !== 32 || end > i + 1) {
      chunks.push(raw.slice(chunkStart, i), " ");
      chunkStart = end;
    }
    origin[length++] = i;
    i = end - 1;
  }
  chunks.push(raw.slice(chunkStart));
  origin.length = length;
  return { text: chunks.join(""), origin };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 12 || code === 11;
}

function rewrite(text: string, origin: number[], pattern: RegExp, replacement: string): { text: string; origin: number[] } {
  const nextOrigin: number[] = [];
  let next = "";
  let last = 0;
  for (const match of matches(pattern, text)) {
    const start = match.index!;
    next += text.slice(last, start);
    for (let i = last; i < start; i++) nextOrigin.push(origin[i]);
    const replaced = match[0].replace(new RegExp(pattern.source, pattern.flags.replace("g", "")), replacement);
    // Kept characters ("10" of "10 times") point at themselves; new ones at the span they
    // replaced (first one at its start, the rest at its end), so a slice of them covers it.
    const span = match[0];
    let prefix = 0;
    while (prefix < replaced.length && prefix < span.length && replaced[prefix] === span[prefix]) prefix++;
    let suffix = 0;
    while (suffix < replaced.length - prefix && suffix < span.length - prefix && replaced[replaced.length - 1 - suffix] === span[span.length - 1 - suffix]) suffix++;
    for (let i = 0; i < replaced.length; i++) {
      const at = i < prefix ? i : i >= replaced.length - suffix ? span.length - (replaced.length - i) : i === prefix ? prefix : span.length - suffix - 1;
      nextOrigin.push(origin[start + at]);
    }
    next += replaced;
    last = start + span.length;
  }
  next += text.slice(last);
  for (let i = last; i < text.length; i++) nextOrigin.push(origin[i]);
  return { text: next, origin: nextOrigin };
}

/** The original text behind normalized characters [start, end). */
export function originalSpan(raw: string, normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.origin[start];
  const lastChar = normalized.origin[Math.max(start, end - 1)];
  // Extend to the end of the original token the last character came from (e.g. all of "$\times$").
  let to = lastChar + 1;
  const nextOrigin = normalized.origin[end] ?? raw.length;
  if (nextOrigin > to) to = nextOrigin;
  return raw.slice(from, to).trim();
}
