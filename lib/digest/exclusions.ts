import type { Db } from "@/lib/platform/database";
import type { Candidate } from "@/lib/digest/select-papers";
import { parseExclusions } from "@/lib/trending/filters";

/**
 * The papers each subscriber's saved exclusions leave out of this pool, read as the views read
 * `exclude=` (lib/trending/queries.ts): a technique by its tag, a word or phrase by the full-text
 * column with phraseto_tsquery. One query per run page for all the distinct words.
 */
export async function leftOutPapers(db: Db, subscribers: { id: string; excludes: string[] }[], pool: Candidate[]): Promise<Map<string, Set<number>>> {
  const parsed = new Map(subscribers.map((s) => [s.id, parseExclusions(s.excludes.join(","))]));
  const words = [...new Set([...parsed.values()].flatMap((e) => e.words))];
  const ids = [...new Set(pool.map((p) => p.id))];
  const matches = new Map<string, Set<number>>();
  if (words.length && ids.length) {
    const rows = await db.$queryRaw<{ word: string; id: number }[]>`
      SELECT w AS "word", p."id" FROM unnest(${words}::text[]) AS w
      JOIN "Paper" p ON p."id" = ANY(${ids}::int[]) AND coalesce(p."search" @@ phraseto_tsquery('english', w), false)`;
    for (const row of rows) matches.set(row.word, (matches.get(row.word) ?? new Set()).add(row.id));
  }
  const result = new Map<string, Set<number>>();
  for (const [subscriberId, exclude] of parsed) {
    const out = new Set<number>();
    if (exclude.techniques.length) for (const paper of pool) if (paper.techniques.some((t) => exclude.techniques.includes(t))) out.add(paper.id);
    for (const word of exclude.words) for (const id of matches.get(word) ?? []) out.add(id);
    result.set(subscriberId, out);
  }
  return result;
}
