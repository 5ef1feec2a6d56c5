/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them. matchAll
 * clones the pattern on every call, and V8 then runs the clone far slower than the original
 * (4-8× for the name lists, measured on real abstracts): the extractor calls it per sentence.
 */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === "") pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
