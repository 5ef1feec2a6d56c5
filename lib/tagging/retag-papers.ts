import type { Db } from "@/lib/db";
import { savePaperTopics, type PaperText } from "@/lib/tagging/save-paper-topics";
import { tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/techniques";

export type RetagResult = { checked: number; retagged: number };

/**
 * Brings every paper's tags to the current TAGGER_VERSION, a batch per transaction, paging by
 * id so it never holds long locks and the site keeps serving. A paper is stale when it has no
 * tag of the current version: either old-version tags (always rewritten) or no tags at all.
 * Untagged papers cannot say which version judged them (no column for it yet), so they are
 * re-scored in memory and written only when the new tagger finds something.
 */
export async function retagPapers({ db, batchSize = 500, log = () => {} }: { db: Db; batchSize?: number; log?: (line: string) => void }): Promise<RetagResult> {
  let cursor = 0;
  const result: RetagResult = { checked: 0, retagged: 0 };
  for (;;) {
    const rows = await db.$queryRaw<(PaperText & { tagged: boolean })[]>`
      SELECT p."id", p."title", p."abstract", EXISTS (SELECT 1 FROM "PaperTopic" t WHERE t."paperId" = p."id") AS "tagged"
      FROM "Paper" p
      WHERE p."id" > ${cursor}
        AND NOT EXISTS (SELECT 1 FROM "PaperTopic" t WHERE t."paperId" = p."id" AND t."taggerVersion" = ${TAGGER_VERSION})
      ORDER BY p."id" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    result.checked += rows.length;
    const stale = rows.filter((row) => row.tagged || tagPaper({ title: row.title, abstract: row.abstract }).length > 0);
    if (stale.length) {
      await db.$transaction((tx) => savePaperTopics(tx, stale.map(({ id, title, abstract }) => ({ id, title, abstract }))));
      result.retagged += stale.length;
    }
    log(`retag: checked ${result.checked}, retagged ${result.retagged}`);
  }
  return result;
}
