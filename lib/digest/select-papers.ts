export type Candidate = {
  id: number;
  arxivId: string;
  title: string;
  authors: string[];
  authorKeys: string[];
  absUrl: string | null;
  codeUrls: string[];
  techniques: string[];
  points: number;
  isDemo: boolean;
  facts: unknown;
  /** The first phrases that fired, per technique. */
  evidence: Record<string, string[]>;
};

export const DIGEST_SIZE = 10;
/** At most this many papers in "From authors you follow". */
export const AUTHOR_SECTION_SIZE = 10;

/**
 * Pure: a subscriber's papers for the period. Candidates come ranked by trending score; keep
 * those in the subscriber's techniques that were never sent to them before (nor left out).
 */
export function selectPapers(
  techniques: readonly string[],
  candidates: readonly Candidate[],
  alreadySent: ReadonlySet<number>,
  limit = DIGEST_SIZE,
  leftOut: ReadonlySet<number> = new Set(),
): Candidate[] {
  const wanted = new Set(techniques);
  const picked: Candidate[] = [];
  for (const candidate of candidates) {
    if (picked.length >= limit) break;
    if (alreadySent.has(candidate.id) || leftOut.has(candidate.id)) continue;
    if (candidate.techniques.some((t) => wanted.has(t))) picked.push(candidate);
  }
  return picked;
}

export type DigestReader = {
  techniques: readonly string[];
  /** Keys of the authors followed (confirmed follows only). */
  follows: readonly string[];
  /** Followed authors' papers outside `techniques` count too. */
  authorsAnyTechnique: boolean;
};

/**
 * Pure: both sections of a subscriber's digest. "From authors you follow" takes every chosen paper
 * by a followed author (in the subscriber's techniques, or any, as they chose), so no paper is in
 * both; the trending section is what is left of the techniques' papers. `leftOut`: the
 * subscriber's exclusions, which apply to both.
 */
export function selectDigest(reader: DigestReader, candidates: readonly Candidate[], authorPool: readonly Candidate[], alreadySent: ReadonlySet<number>, leftOut: ReadonlySet<number>) {
  const follows = new Set(reader.follows);
  const wanted = new Set(reader.techniques);
  const byFollowed: Candidate[] = [];
  if (follows.size) {
    for (const candidate of authorPool) {
      if (byFollowed.length >= AUTHOR_SECTION_SIZE) break;
      if (alreadySent.has(candidate.id) || leftOut.has(candidate.id)) continue;
      if (!candidate.authorKeys.some((k) => follows.has(k))) continue;
      if (reader.authorsAnyTechnique || candidate.techniques.some((t) => wanted.has(t))) byFollowed.push(candidate);
    }
  }
  const inSection = new Set(byFollowed.map((c) => c.id));
  const trending = selectPapers(reader.techniques, candidates, alreadySent, DIGEST_SIZE, new Set([...leftOut, ...inSection]));
  return { trending, byFollowed };
}
