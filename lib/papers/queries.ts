import { cache } from "react";
import { getDb } from "@/lib/platform/database";
import { isPossibleArxivId } from "@/lib/arxiv-id-param";

/**
 * Everything the paper page shows; null when the id is unknown. Memoised per request (React
 * cache): the page's metadata and its body ask for the same paper.
 */
export const getPaper = cache(async (arxivId: string) =>
  !isPossibleArxivId(arxivId) ? null : getDb().paper.findUnique({
    where: { arxivId },
    select: {
      id: true,
      arxivId: true,
      version: true,
      title: true,
      abstract: true,
      authors: true,
      primaryCategory: true,
      categories: true,
      publishedAt: true,
      revisedAt: true,
      absUrl: true,
      pdfUrl: true,
      codeUrls: true,
      projectUrl: true,
      comments: true,
      doi: true,
      journalRef: true,
      isDemo: true,
      votes: true,
      externalUpvotes: true,
      techniques: true,
      facts: true,
      techniqueTags: { select: { technique: true, score: true, evidence: true, tentative: true }, orderBy: [{ tentative: "asc" }, { score: "desc" }] },
      signals: { select: { source: true, upvotes: true, githubUrl: true, githubStars: true, lastSeenAt: true } },
    },
  }),
);

export type PaperDetail = NonNullable<Awaited<ReturnType<typeof getPaper>>>;

/**
 * Papers sharing a technique with this one, most similar text first: the title's words as an
 * OR query against the full-text index, so it stays an index lookup at a million papers.
 */
export async function getSimilarPapers(paper: Pick<PaperDetail, "id" | "title" | "techniques">, limit = 5) {
  const words = [...new Set(paper.title.toLowerCase().match(/[a-z][a-z0-9-]{3,}/g) ?? [])].slice(0, 12);
  if (!words.length) return [];
  const query = words.join(" OR ");
  return getDb().$queryRaw<{ arxivId: string; title: string; techniques: string[]; isDemo: boolean }[]>`
    SELECT s."arxivId", s."title", s."techniques", s."isDemo" FROM (
      SELECT p."arxivId", p."title", p."techniques", p."isDemo", ts_rank_cd(p."search", websearch_to_tsquery('english', ${query})) AS rank
      FROM "Paper" p
      WHERE p."search" @@ websearch_to_tsquery('english', ${query}) AND p."id" <> ${paper.id}
      ORDER BY p."publishedAt" DESC LIMIT 2000
    ) s
    ORDER BY (s."techniques" && ${paper.techniques}::text[]) DESC, s.rank DESC, s."arxivId" LIMIT ${limit}`;
}

/** Papers per ISO week over the last 52 weeks for one technique (zero weeks included). */
export async function getWeeklyCounts(technique: string, now: Date) {
  return getDb().$queryRaw<{ week: Date; count: number }[]>`
    SELECT w.week, coalesce(c.count, 0)::int AS count
    FROM generate_series(date_trunc('week', ${now}::timestamp) - interval '51 weeks', date_trunc('week', ${now}::timestamp), interval '1 week') AS w(week)
    LEFT JOIN (
      SELECT date_trunc('week', p."publishedAt") AS week, count(*) AS count FROM "Paper" p
      WHERE p."techniques" @> ARRAY[${technique}]::text[] AND p."publishedAt" >= date_trunc('week', ${now}::timestamp) - interval '51 weeks'
      GROUP BY 1
    ) c ON c.week = w.week
    ORDER BY w.week`;
}
