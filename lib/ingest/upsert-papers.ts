import type { Db } from "@/lib/platform/database";
import type { PaperInput } from "@/lib/ingest/schemas";

export type UpsertCounts = { created: number; updated: number; skipped: number };
type Tx = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Columns other parts derive from a paper's text (tagging: techniques and taggerVersion, facts: facts
 * and factsVersion), stored with the row so it is written once. Null techniques: not tagged here.
 */
export type DerivedColumns = { techniques: string[] | null; taggerVersion: string | null; facts: unknown; factsVersion: string };

/**
 * One row the upsert wrote, in write order (a paper twice in a batch is written once per round).
 * `techniquesFromInput`: Paper.techniques now holds the incoming derived techniques, because the stored text
 * is the incoming text; `textChanged`: title or abstract differ from what was stored before.
 */
export type WrittenPaper = { id: number; paper: PaperInput; inserted: boolean; textChanged: boolean; techniquesFromInput: boolean };
export type UpsertResult = UpsertCounts & { written: WrittenPaper[] };

// How a stored paper absorbs an incoming one. Every rule is idempotent (a newer version wins,
// lists are unioned, the earliest publication date stays), so the same item twice changes
// nothing. "votes" is never written here; demo papers are never matched.
const NEWER = `EXCLUDED."version" > p."version"`;
const newerOr = (column: string) => `CASE WHEN ${NEWER} THEN coalesce(EXCLUDED."${column}", p."${column}") ELSE coalesce(p."${column}", EXCLUDED."${column}") END`;
const union = (column: string) =>
  `coalesce(p."${column}", '{}') || ARRAY(SELECT v FROM unnest(EXCLUDED."${column}") v WHERE v <> ALL(coalesce(p."${column}", '{}')))`;

const MERGE: Record<string, string> = {
  version: `greatest(p."version", EXCLUDED."version")`,
  title: `CASE WHEN ${NEWER} THEN EXCLUDED."title" ELSE p."title" END`,
  abstract: `CASE WHEN EXCLUDED."abstract" <> '' AND (${NEWER} OR p."abstract" = '') THEN EXCLUDED."abstract" ELSE p."abstract" END`,
  authors: `CASE WHEN cardinality(EXCLUDED."authors") > 0 AND (${NEWER} OR coalesce(cardinality(p."authors"), 0) = 0) THEN EXCLUDED."authors" ELSE p."authors" END`,
  primaryCategory: `coalesce(EXCLUDED."primaryCategory", p."primaryCategory")`,
  categories: union("categories"),
  publishedAt: `least(p."publishedAt", EXCLUDED."publishedAt")`,
  revisedAt: newerOr("revisedAt"),
  absUrl: `coalesce(p."absUrl", EXCLUDED."absUrl")`,
  pdfUrl: `coalesce(p."pdfUrl", EXCLUDED."pdfUrl")`,
  codeUrls: union("codeUrls"),
  projectUrl: `coalesce(EXCLUDED."projectUrl", p."projectUrl")`,
  comments: newerOr("comments"),
  doi: newerOr("doi"),
  journalRef: newerOr("journalRef"),
  hasCode: `p."hasCode" OR cardinality(${union("codeUrls")}) > 0`,
};
const COLUMNS = Object.keys(MERGE);

// Incoming papers are tagged before they are written, so a paper's row is written once with its
// techniques (a second UPDATE for them wrote a new row version and re-inserted every full-text index
// entry of the paper). The techniques apply when the stored text ends up being the incoming
// text; a merge that keeps an older title or abstract keeps the stored techniques.
const TEXT_IS_INCOMING = `EXCLUDED."taggerVersion" IS NOT NULL AND (${MERGE.title}) = EXCLUDED."title" AND (${MERGE.abstract}) IS NOT DISTINCT FROM EXCLUDED."abstract"`;
// Facts are read from the incoming text and comment the same way, whether or not tagging is on.
const FACTS_ARE_INCOMING = `(${MERGE.title}) = EXCLUDED."title" AND (${MERGE.abstract}) IS NOT DISTINCT FROM EXCLUDED."abstract" AND (${MERGE.comments}) IS NOT DISTINCT FROM EXCLUDED."comments"`;
const TOPIC_MERGE: Record<string, string> = {
  techniques: `CASE WHEN ${TEXT_IS_INCOMING} THEN EXCLUDED."techniques" ELSE p."techniques" END`,
  taggerVersion: `CASE WHEN ${TEXT_IS_INCOMING} THEN EXCLUDED."taggerVersion" ELSE p."taggerVersion" END`,
  facts: `CASE WHEN ${FACTS_ARE_INCOMING} THEN EXCLUDED."facts" ELSE p."facts" END`,
  factsVersion: `CASE WHEN ${FACTS_ARE_INCOMING} THEN EXCLUDED."factsVersion" ELSE p."factsVersion" END`,
};

const UPSERT_SQL = buildUpsertSql();

function buildUpsertSql() {
  const insertColumns = ["arxivId", ...COLUMNS];
  const values = insertColumns.map((c) =>
    c === "version" ? `coalesce(r."version", 1)`
      : c === "hasCode" ? `cardinality(r."codeUrls") > 0`
      : c === "publishedAt" || c === "revisedAt" ? `r."${c}" AT TIME ZONE 'UTC'`
      : `r."${c}"`,
  );
  return `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
    "arxivId" text, "version" int, "title" text, "abstract" text, "authors" text[], "primaryCategory" text,
    "categories" text[], "publishedAt" timestamptz, "revisedAt" timestamptz, "absUrl" text, "pdfUrl" text,
    "codeUrls" text[], "projectUrl" text, "comments" text, "doi" text, "journalRef" text, "techniques" text[], "taggerVersion" text,
    "facts" jsonb, "factsVersion" text)
),
old AS (SELECT "arxivId", "title", "abstract" FROM "Paper" WHERE "arxivId" IN (SELECT "arxivId" FROM input)),
written AS (
  INSERT INTO "Paper" AS p (${insertColumns.map((c) => `"${c}"`).join(", ")}, "techniques", "taggerVersion", "facts", "factsVersion", "updatedAt")
  SELECT ${values.join(", ")}, coalesce(r."techniques", '{}'), r."taggerVersion", r."facts", r."factsVersion", now() FROM input r
  ON CONFLICT ("arxivId") DO UPDATE SET ${[...COLUMNS.map((c) => `"${c}" = ${MERGE[c]}`), ...Object.entries(TOPIC_MERGE).map(([c, sql]) => `"${c}" = ${sql}`)].join(", ")}, "updatedAt" = now()
  WHERE NOT p."isDemo"
    AND (${COLUMNS.map((c) => MERGE[c]).join(", ")}) IS DISTINCT FROM (${COLUMNS.map((c) => `p."${c}"`).join(", ")})
  RETURNING p."id", p."arxivId", p."title", p."abstract", (p.xmax = 0) AS "inserted"
)
SELECT w."id", w."arxivId", w."inserted",
  (o."title" IS DISTINCT FROM w."title" OR o."abstract" IS DISTINCT FROM w."abstract") AS "textChanged",
  (r."taggerVersion" IS NOT NULL AND w."title" = r."title" AND w."abstract" IS NOT DISTINCT FROM r."abstract") AS "techniquesFromInput"
FROM written w JOIN input r ON r."arxivId" = w."arxivId" LEFT JOIN old o ON o."arxivId" = w."arxivId"`;
}

const SIGNAL_SQL = `
INSERT INTO "PaperSignal" AS s ("paperId", "source", "upvotes", "githubUrl", "githubStars", "keywords", "firstSeenAt", "lastSeenAt")
SELECT r."paperId", r."source", r."upvotes", r."githubUrl", r."githubStars", r."keywords", $2::timestamptz AT TIME ZONE 'UTC', $2::timestamptz AT TIME ZONE 'UTC'
FROM jsonb_to_recordset($1::jsonb) AS r("paperId" int, "source" text, "upvotes" int, "githubUrl" text, "githubStars" int, "keywords" text[])
ON CONFLICT ("paperId", "source") DO UPDATE SET
  "upvotes" = EXCLUDED."upvotes",
  "githubUrl" = coalesce(EXCLUDED."githubUrl", s."githubUrl"),
  "githubStars" = coalesce(EXCLUDED."githubStars", s."githubStars"),
  "keywords" = CASE WHEN cardinality(EXCLUDED."keywords") > 0 THEN EXCLUDED."keywords" ELSE s."keywords" END,
  "lastSeenAt" = greatest(s."lastSeenAt", EXCLUDED."lastSeenAt")`;

// Paper.externalUpvotes and hasCode are denormalised from the signals for ranking at scale.
const AGGREGATE_SQL = `
WITH agg AS (
  SELECT p."id",
    coalesce((SELECT sum(s."upvotes") FROM "PaperSignal" s WHERE s."paperId" = p."id"), 0)::int AS "externalUpvotes",
    cardinality(coalesce(p."codeUrls", '{}')) > 0
      OR EXISTS (SELECT 1 FROM "PaperSignal" s WHERE s."paperId" = p."id" AND s."githubUrl" ~* '^https?://(www\\.)?github\\.com/') AS "hasCode"
  FROM "Paper" p WHERE p."id" = ANY($1::int[]) AND NOT p."isDemo"
)
UPDATE "Paper" p SET "externalUpvotes" = agg."externalUpvotes", "hasCode" = agg."hasCode", "updatedAt" = now()
FROM agg WHERE p."id" = agg."id" AND (p."externalUpvotes", p."hasCode") IS DISTINCT FROM (agg."externalUpvotes", agg."hasCode")
RETURNING p."id"`;

type Written = { id: number; arxivId: string; inserted: boolean; textChanged: boolean; techniquesFromInput: boolean };

/**
 * Writes one batch of papers (insert or merge) with their derived columns, then their source
 * signals and the aggregates they feed, and says what it wrote. Counts are per paper: created,
 * updated (any stored value changed), skipped (nothing new, duplicates included). Runs inside the
 * caller's transaction (lib/ingest/store-papers.ts), which writes what follows from the changes.
 */
export async function upsertPapers(tx: Tx, papers: PaperInput[], now: Date, derive: (paper: PaperInput) => DerivedColumns): Promise<UpsertResult> {
  const created = new Set<number>();
  const updated = new Set<number>();
  const written: WrittenPaper[] = [];
  // ON CONFLICT may touch a row once per statement: an id seen twice in the batch goes in a later round.
  for (const round of splitDuplicates(papers)) {
    const byArxivId = new Map(round.map((paper) => [paper.arxivId, paper]));
    const rows = await tx.$queryRawUnsafe<Written[]>(UPSERT_SQL, JSON.stringify(round.map((paper) => toRow(paper, derive(paper)))));
    for (const { arxivId, ...row } of rows) {
      if (row.inserted) created.add(row.id);
      else if (!created.has(row.id)) updated.add(row.id);
      written.push({ ...row, paper: byArxivId.get(arxivId)! });
    }
  }
  const withSignal = papers.filter((p) => p.signal);
  if (withSignal.length) {
    const ids = await tx.$queryRawUnsafe<{ id: number; arxivId: string }[]>(
      `SELECT "id", "arxivId" FROM "Paper" WHERE "arxivId" = ANY($1::text[]) AND NOT "isDemo"`,
      withSignal.map((p) => p.arxivId),
    );
    const idOf = new Map(ids.map((row) => [row.arxivId, row.id]));
    const signals = [
      ...new Map(
        withSignal.filter((p) => idOf.has(p.arxivId)).map((p) => [`${p.arxivId} ${p.signal!.source}`, { paperId: idOf.get(p.arxivId)!, ...p.signal! }]),
      ).values(),
    ];
    await tx.$executeRawUnsafe(SIGNAL_SQL, JSON.stringify(signals), now.toISOString());
    const changed = await tx.$queryRawUnsafe<{ id: number }[]>(AGGREGATE_SQL, signals.map((s) => s.paperId));
    for (const { id } of changed) if (!created.has(id)) updated.add(id);
  }
  return { created: created.size, updated: updated.size, skipped: papers.length - created.size - updated.size, written };
}

function toRow(paper: PaperInput, derived: DerivedColumns) {
  const { signal: _signal, ...row } = paper;
  return { ...row, categories: [...new Set(row.categories)], codeUrls: [...new Set(row.codeUrls)], ...derived };
}

function splitDuplicates(papers: PaperInput[]): PaperInput[][] {
  const rounds: PaperInput[][] = [];
  const seen = new Map<string, number>();
  for (const paper of papers) {
    const round = seen.get(paper.arxivId) ?? 0;
    seen.set(paper.arxivId, round + 1);
    (rounds[round] ??= []).push(paper);
  }
  return rounds;
}
