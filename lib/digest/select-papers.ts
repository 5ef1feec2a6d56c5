export type Candidate = { id: number; arxivId: string; title: string; authors: string[]; absUrl: string | null; codeUrls: string[]; topics: string[]; points: number; isDemo: boolean; facts: unknown };

export const DIGEST_SIZE = 10;

/**
 * Pure: a subscriber's papers for the period. Candidates come ranked by trending score; keep
 * those in the subscriber's techniques that were never sent to them before.
 */
export function selectPapers(topics: readonly string[], candidates: readonly Candidate[], alreadySent: ReadonlySet<number>, limit = DIGEST_SIZE): Candidate[] {
  const wanted = new Set(topics);
  const picked: Candidate[] = [];
  for (const candidate of candidates) {
    if (picked.length >= limit) break;
    if (alreadySent.has(candidate.id)) continue;
    if (candidate.topics.some((t) => wanted.has(t))) picked.push(candidate);
  }
  return picked;
}
