import type { Db } from "@/lib/db";
import type { Candidate } from "@/lib/digest/select-papers";
import type { DigestPeriod } from "@/lib/digest/period";
import { trendingScoreSql } from "@/lib/trending/score";

const POOL = 400;

/** The period's tagged papers, best trending first (scored as of the period's end), once per run. */
export async function getCandidates(db: Db, period: DigestPeriod): Promise<Candidate[]> {
  return db.$queryRaw<Candidate[]>`
    SELECT p."id", p."arxivId", p."title", p."authors", p."absUrl", p."codeUrls", p."topics", p."isDemo", p."facts",
      (p."votes" + p."externalUpvotes")::int AS "points"
    FROM "Paper" p
    WHERE p."publishedAt" >= ${period.start} AND p."publishedAt" < ${period.end} AND cardinality(p."topics") > 0
    ORDER BY ${trendingScoreSql(period.end)} DESC, p."id" DESC
    LIMIT ${POOL}`;
}

/** Papers by id in the given order (a reclaimed delivery resends exactly what it first chose). */
export async function getPapersByIds(db: Db, ids: number[]): Promise<Candidate[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<Candidate[]>`
    SELECT p."id", p."arxivId", p."title", p."authors", p."absUrl", p."codeUrls", p."topics", p."isDemo", p."facts",
      (p."votes" + p."externalUpvotes")::int AS "points"
    FROM "Paper" p WHERE p."id" = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((c) => c !== undefined);
}
