import type { Db } from "@/lib/db";
import { tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/techniques";

type Tx = Pick<Db, "$executeRaw">;
export type PaperText = { id: number; title: string; abstract: string | null };

/**
 * Tags papers and replaces their topic rows in three statements per batch, whatever its size, so
 * ingest and re-tagging stay fast. Paper.topics mirrors the rows for GIN-indexed filtering, and
 * Paper.taggerVersion marks the paper done for this taxonomy, tags or none.
 */
export async function savePaperTopics(tx: Tx, papers: PaperText[]): Promise<void> {
  if (papers.length === 0) return;
  const ids = papers.map((p) => p.id);
  const rows = papers.flatMap((paper) =>
    tagPaper({ title: paper.title, abstract: paper.abstract }).map((tag) => ({
      paperId: paper.id,
      topic: tag.slug,
      score: tag.score,
      evidence: tag.evidence,
    })),
  );
  await tx.$executeRaw`DELETE FROM "PaperTopic" WHERE "paperId" = ANY(${ids}::int[])`;
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO "PaperTopic" ("paperId", "topic", "score", "evidence", "taggerVersion", "taggedAt")
      SELECT r."paperId", r.topic, r.score, ARRAY(SELECT jsonb_array_elements_text(r.evidence)), ${TAGGER_VERSION}, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("paperId" int, topic text, score float8, evidence jsonb)`;
  }
  await tx.$executeRaw`
    UPDATE "Paper" p SET "taggerVersion" = ${TAGGER_VERSION}, "topics" = coalesce(
      (SELECT array_agg(t."topic" ORDER BY t."score" DESC) FROM "PaperTopic" t WHERE t."paperId" = p."id"), '{}')
    WHERE p."id" = ANY(${ids}::int[])`;
}
