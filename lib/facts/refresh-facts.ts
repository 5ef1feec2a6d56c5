import type { Db } from "@/lib/platform/database";
import { extractFacts, FACTS_VERSION } from "./extract-facts";

export type RefreshFactsResult = { checked: number; updated: number };
type Row = { id: number; title: string; abstract: string; comments: string | null };

/**
 * Brings every paper's facts to the current extractor, a batch per statement, paging by id so it
 * never holds long locks. Ingest writes facts with each new text; this catches an extractor
 * change (the worker runs it at start and nightly) and papers written without them.
 */
export async function refreshFacts({ db, batchSize = 1_000, log = () => {} }: { db: Db; batchSize?: number; log?: (line: string) => void }): Promise<RefreshFactsResult> {
  let cursor = 0;
  const result: RefreshFactsResult = { checked: 0, updated: 0 };
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT p."id", p."title", p."abstract", p."comments" FROM "Paper" p
      WHERE p."id" > ${cursor} AND p."factsVersion" IS DISTINCT FROM ${FACTS_VERSION}
      ORDER BY p."id" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    result.checked += rows.length;
    const facts = rows.map((row) => ({ id: row.id, facts: extractFacts({ title: row.title, abstract: row.abstract, comment: row.comments }) }));
    result.updated += await db.$executeRaw`
      UPDATE "Paper" p SET "facts" = r."facts", "factsVersion" = ${FACTS_VERSION}
      FROM jsonb_to_recordset(${JSON.stringify(facts)}::jsonb) AS r("id" int, "facts" jsonb)
      WHERE p."id" = r."id"`;
    log(`facts: ${result.updated} papers read`);
  }
  return result;
}
