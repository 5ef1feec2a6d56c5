import type { Db } from "@/lib/platform/database";
import type { Candidate } from "@/lib/digest/select-papers";
import type { DigestPeriod } from "@/lib/digest/period";
import { Prisma } from "@/lib/platform/database";
import { trendingScoreSql } from "@/lib/trending/score";

const POOL = 400;

// The phrases that fired for each of the paper's techniques: the "why" line quotes one.
const COLUMNS = Prisma.sql`p."id", p."arxivId", p."title", p."authors", p."authorKeys", p."absUrl", p."codeUrls", p."techniques", p."isDemo", p."facts",
  (p."votes" + p."externalUpvotes")::int AS "points",
  (SELECT coalesce(jsonb_object_agg(t."technique", t."evidence"[1:3]), '{}') FROM "PaperTechnique" t
    WHERE t."paperId" = p."id" AND NOT t."tentative" AND cardinality(t."evidence") > 0) AS "evidence"`;

/** The period's tagged papers, best trending first (scored as of the period's end), once per run. */
export async function getCandidates(db: Db, period: DigestPeriod): Promise<Candidate[]> {
  return db.$queryRaw<Candidate[]>`
    SELECT ${COLUMNS}
    FROM "Paper" p
    WHERE p."publishedAt" >= ${period.start} AND p."publishedAt" < ${period.end} AND cardinality(p."techniques") > 0
    ORDER BY ${trendingScoreSql(period.end)} DESC, p."id" DESC
    LIMIT ${POOL}`;
}

/**
 * The period's papers by any of these authors (keys of lib/author-key.ts), in the field or
 * not, best trending first: the pool of "From authors you follow", once per page of subscribers.
 */
export async function getAuthorCandidates(db: Db, period: DigestPeriod, authorKeys: string[]): Promise<Candidate[]> {
  if (!authorKeys.length) return [];
  return db.$queryRaw<Candidate[]>`
    SELECT ${COLUMNS}
    FROM "Paper" p
    WHERE p."publishedAt" >= ${period.start} AND p."publishedAt" < ${period.end} AND p."authorKeys" && ${authorKeys}::text[]
    ORDER BY ${trendingScoreSql(period.end)} DESC, p."id" DESC
    LIMIT ${POOL}`;
}

/** Papers by id in the given order (a reclaimed delivery resends exactly what it first chose). */
export async function getPapersByIds(db: Db, ids: number[]): Promise<Candidate[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<Candidate[]>`SELECT ${COLUMNS} FROM "Paper" p WHERE p."id" = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((c) => c !== undefined);
}
