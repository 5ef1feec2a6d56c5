import type { Db } from "@/lib/platform/database";
import { savePaperTechniques, type StoredPaperText } from "@/lib/tagging/save-paper-techniques";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";

export type RetagResult = { checked: number; retagged: number };

/**
 * Brings every paper's tags to the current TAGGER_VERSION, a batch per transaction, paging by
 * id so it never holds long locks and the site keeps serving. Paper.taggerVersion records which
 * tagger judged a paper (also when it found nothing), so a finished pass finds nothing to do.
 */
export async function retagPapers({ db, batchSize = 500, log = () => {} }: { db: Db; batchSize?: number; log?: (line: string) => void }): Promise<RetagResult> {
  let cursor = 0;
  const result: RetagResult = { checked: 0, retagged: 0 };
  for (;;) {
    const rows = await db.$queryRaw<StoredPaperText[]>`
      SELECT p."id", p."title", p."abstract" FROM "Paper" p
      WHERE p."id" > ${cursor} AND p."taggerVersion" IS DISTINCT FROM ${TAGGER_VERSION}
      ORDER BY p."id" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    result.checked += rows.length;
    await db.$transaction((tx) => savePaperTechniques(tx, rows));
    result.retagged += rows.length;
    log(`retag: retagged ${result.retagged}`);
  }
  return result;
}
