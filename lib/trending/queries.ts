import { getDb, Prisma } from "@/lib/platform/database";
import { PAGE_SIZE, type TrendingFilters } from "@/lib/trending/filters";
import { MARK_END, MARK_START } from "@/lib/trending/marks";
import { trendingScoreSql } from "@/lib/trending/score";
import { windowPeriod } from "@/lib/trending/windows";

export type PaperCardRow = {
  id: number;
  arxivId: string;
  title: string;
  abstract: string;
  snippet: string | null;
  authors: string[];
  publishedAt: Date;
  isDemo: boolean;
  votes: number;
  externalUpvotes: number;
  absUrl: string | null;
  pdfUrl: string | null;
  codeUrls: string[];
  techniques: string[];
  categories: string[];
  /** Results at a glance as stored (read with readFacts). */
  facts: unknown;
  /** The first phrases that fired, per technique (the card's "why" line quotes one). */
  evidence?: Record<string, string[]> | null;
};

// Search ranks at most this many of the newest matches: a common word matches tens of
// thousands of papers, and ranking them all costs ~300 ms at a million (toolchain notes).
const RANK_CAP = 2_000;

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * Conditions shared by the list and the counts. The counts ignore the technique filter, and the
 * field count ignores the field too (it says how many of the ingested papers are in the field).
 */
function whereClause(filters: TrendingFilters, now: Date, options: { withTechniques: boolean; withField?: boolean }) {
  const conditions: Prisma.Sql[] = [];
  if ((options.withField ?? true) && !filters.allPapers && !(options.withTechniques && filters.techniques.length)) {
    conditions.push(Prisma.sql`cardinality(p."techniques") > 0`);
  }
  const period = windowPeriod(filters.window, filters.date, now);
  if (period) conditions.push(Prisma.sql`p."publishedAt" >= ${period.start} AND p."publishedAt" < ${period.end}`);
  if (options.withTechniques && filters.techniques.length) conditions.push(Prisma.sql`p."techniques" && ${filters.techniques}::text[]`);
  if (filters.category) conditions.push(Prisma.sql`p."categories" @> ARRAY[${filters.category}]::text[]`);
  if (filters.hasCode) conditions.push(Prisma.sql`p."hasCode"`);
  if (filters.author) conditions.push(Prisma.sql`p."authorKeys" @> ARRAY[${filters.author}]::text[]`);
  if (filters.q) conditions.push(Prisma.sql`p."search" @@ ${tsQuery(filters.q)}`);
  conditions.push(...factConditions(filters), ...exclusionConditions(filters));
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

// Reported results (Paper.facts): a bit-width bound on the lower end of a reported range, and
// models or baselines by substring, case-insensitively (LIKE wildcards are stripped by the parser).
const BITS_OPERATORS = { "<=": Prisma.sql`<=`, ">=": Prisma.sql`>=`, "<": Prisma.sql`<`, ">": Prisma.sql`>`, "=": Prisma.sql`=` } as const;
function factConditions(filters: TrendingFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.bits) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(p."facts") f WHERE f->>'kind' = 'bits'
      AND (CASE jsonb_typeof(f->'value') WHEN 'array' THEN (f->'value'->>0)::float8 WHEN 'number' THEN (f->>'value')::float8 END) ${BITS_OPERATORS[filters.bits.op]} ${filters.bits.value}::float8)`);
  }
  for (const [kind, name] of [["model", filters.model], ["baseline", filters.baseline]] as const) {
    if (name) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(p."facts") f WHERE f->>'kind' = ${kind} AND f->>'value' ILIKE ${`%${name}%`})`);
  }
  return conditions;
}

// Exclusions: a technique by its tag; a word or phrase by the same full-text column as search,
// one phraseto_tsquery per term (the term is data, never tsquery syntax). A term of stop words
// only is an empty query and leaves nothing out.
function exclusionConditions({ exclude }: TrendingFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (exclude.techniques.length) conditions.push(Prisma.sql`NOT (p."techniques" && ${exclude.techniques}::text[])`);
  for (const word of exclude.words) {
    conditions.push(Prisma.sql`NOT coalesce(p."search" @@ phraseto_tsquery('english', ${word}), false)`);
  }
  return conditions;
}

function orderClause(filters: TrendingFilters, now: Date) {
  if (filters.window === "new") return Prisma.sql`ORDER BY p."publishedAt" DESC, p."id" DESC`;
  if (filters.window === "all") return Prisma.sql`ORDER BY (p."votes" + p."externalUpvotes") DESC, p."publishedAt" DESC, p."id" DESC`;
  // A past period ranks as it stood at its end, so browsing back in time is stable.
  const period = windowPeriod(filters.window, filters.date, now);
  const asOf = period && period.end < now ? period.end : now;
  return Prisma.sql`ORDER BY ${trendingScoreSql(asOf)} DESC, p."id" DESC`;
}

/** The columns of a PaperCardRow (lib/reading-list reads the same cards by id). */
export const CARD_COLUMNS = Prisma.sql`p."id", p."arxivId", p."title", p."abstract", p."authors", p."publishedAt", p."isDemo", p."votes",
  p."externalUpvotes", p."absUrl", p."pdfUrl", p."codeUrls", p."techniques", p."categories", p."facts",
  (SELECT jsonb_object_agg(t."technique", t."evidence"[1:3]) FROM "PaperTechnique" t
    WHERE t."paperId" = p."id" AND NOT t."tentative" AND cardinality(t."evidence") > 0) AS "evidence"`;

/** One page of the view, ranked; one extra row tells whether a next page exists. */
export async function getTrendingPapers(filters: TrendingFilters, now: Date, limit = PAGE_SIZE): Promise<{ papers: PaperCardRow[]; hasMore: boolean }> {
  const offset = (filters.page - 1) * limit;
  let rows: PaperCardRow[];
  if (filters.q && filters.window !== "new") {
    // Relevance first when searching, over the newest RANK_CAP matches.
    rows = await getDb().$queryRaw<PaperCardRow[]>`
      SELECT m.*, ts_headline('english', m."abstract", ${tsQuery(filters.q)},
        ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=12`}) AS "snippet"
      FROM (
        SELECT ${CARD_COLUMNS}, ts_rank_cd(p."search", ${tsQuery(filters.q)}, 32) AS rank
        FROM (SELECT * FROM "Paper" p ${whereClause(filters, now, { withTechniques: true })} ORDER BY p."publishedAt" DESC LIMIT ${RANK_CAP}) p
        ORDER BY rank DESC, (p."votes" + p."externalUpvotes") DESC, p."id" DESC
        LIMIT ${limit + 1} OFFSET ${offset}
      ) m ORDER BY m.rank DESC, (m."votes" + m."externalUpvotes") DESC, m."id" DESC`;
  } else {
    // Rank on the narrow columns first, then read the full rows of the one page: sorting tens of
    // thousands of rows with their abstracts is what made the plain query slow at a million.
    rows = await getDb().$queryRaw<PaperCardRow[]>`
      SELECT ${CARD_COLUMNS}, NULL AS "snippet" FROM "Paper" p
      WHERE p."id" IN (
        SELECT p."id" FROM "Paper" p
        ${whereClause(filters, now, { withTechniques: true })}
        ${orderClause(filters, now)}
        LIMIT ${limit + 1} OFFSET ${offset})
      ${orderClause(filters, now)}`;
    if (filters.q) rows = await withSnippets(rows.slice(0, limit + 1), filters.q);
  }
  return { papers: rows.slice(0, limit), hasMore: rows.length > limit };
}

async function withSnippets(rows: PaperCardRow[], q: string): Promise<PaperCardRow[]> {
  if (!rows.length) return rows;
  const snippets = await getDb().$queryRaw<{ id: number; snippet: string }[]>`
    SELECT p."id", ts_headline('english', p."abstract", ${tsQuery(q)}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=12`}) AS "snippet"
    FROM "Paper" p WHERE p."id" = ANY(${rows.map((r) => r.id)}::int[])`;
  const byId = new Map(snippets.map((s) => [s.id, s.snippet]));
  return rows.map((row) => ({ ...row, snippet: byId.get(row.id) ?? null }));
}

/** Papers of the view (techniques and field aside): how many were ingested, how many are in the field. */
export async function getFieldCounts(filters: TrendingFilters, now: Date): Promise<{ ingested: number; inField: number }> {
  const [row] = await getDb().$queryRaw<{ ingested: number; inField: number }[]>`
    SELECT count(*)::int AS "ingested", count(*) FILTER (WHERE cardinality(p."techniques") > 0)::int AS "inField"
    FROM "Paper" p ${whereClause(filters, now, { withTechniques: false, withField: false })}`;
  return row;
}

/** How many papers of the current view (technique filter aside) carry each technique. */
export async function getTechniqueCounts(filters: TrendingFilters, now: Date): Promise<Record<string, number>> {
  const rows = await getDb().$queryRaw<{ technique: string; count: number }[]>`
    SELECT t AS technique, count(*)::int AS count
    FROM "Paper" p CROSS JOIN LATERAL unnest(p."techniques") AS t
    ${whereClause(filters, now, { withTechniques: false })}
    GROUP BY t`;
  return Object.fromEntries(rows.map((r) => [r.technique, r.count]));
}
