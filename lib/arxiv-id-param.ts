/**
 * What an arXiv id can look like here: new-style "2401.12345", old-style "hep-th/9901001" or
 * "math.GT/0309136", and the demo papers' "demo/0001". Anything else cannot name a paper, so it
 * is never sent to PostgreSQL (which refuses a NUL byte with an error, a 500).
 */
export const isPossibleArxivId = (id: string) => /^[A-Za-z0-9][A-Za-z0-9./-]{0,63}$/.test(id);

/**
 * The arXiv id in a catch-all route's segments (`/api/papers/hep-th/9901001`, or with the slash
 * encoded: `hep-th%2F9901001`). Route handlers get segments already decoded once, so a second
 * decode of `%` (from `/api/papers/%25`) threw URIError, and `%2500` became a NUL byte that
 * PostgreSQL refuses: both 500s. A segment that does not decode to plain text is taken as it is
 * (no arXiv id holds a `%`, so it is simply not found).
 */
export function arxivIdFromSegments(segments: string[]): string {
  return segments.map(decodeOnce).join("/");
}

function decodeOnce(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    return decoded.includes("\0") ? segment : decoded;
  } catch {
    return segment;
  }
}
