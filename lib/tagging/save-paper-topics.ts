import type { Db } from "@/lib/db";
import { confidentTags, tagPaper, type TopicTag } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/techniques";

type Tx = Pick<Db, "$executeRaw">;
export type StoredPaperText = { id: number; title: string; abstract: string | null };

/**
 * The one writer of PaperTopic: replaces the rows of these papers with their tags, tentative
 * ones included. `fresh` papers were just inserted and have no rows to delete.
 */
export async function writeTopicRows(tx: Tx, tagsByPaper: ReadonlyMap<number, readonly TopicTag[]>, fresh: ReadonlySet<number> = new Set()) {
  const replaced = [...tagsByPaper.keys()].filter((id) => !fresh.has(id));
  if (replaced.length) await tx.$executeRaw`DELETE FROM "PaperTopic" WHERE "paperId" = ANY(${replaced}::int[])`;
  const rows = [...tagsByPaper].flatMap(([paperId, tags]) =>
    tags.map((t) => ({ paperId, topic: t.slug, score: t.score, evidence: t.evidence, tentative: t.tentative })),
  );
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "PaperTopic" ("paperId", "topic", "score", "evidence", "tentative", "taggerVersion", "taggedAt")
    SELECT r."paperId", r.topic, r.score, ARRAY(SELECT jsonb_array_elements_text(r.evidence)), r.tentative, ${TAGGER_VERSION}, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("paperId" int, topic text, score float8, evidence jsonb, tentative boolean)`;
}

/** Paper.topics: the slugs a paper is listed under, highest score first (tentative tags are not). */
export function listedTopics(tags: readonly TopicTag[]): string[] {
  return confidentTags(tags).map((tag) => tag.slug);
}

/**
 * Tags stored papers and writes their rows in a few statements per batch, whatever its size, so
 * re-tagging stays fast. Paper.topics mirrors the listed rows for GIN-indexed filtering, and
 * Paper.taggerVersion marks the paper done for this tagger, tags or none.
 */
export async function savePaperTopics(tx: Tx, papers: readonly StoredPaperText[]): Promise<void> {
  if (papers.length === 0) return;
  const tags = new Map(papers.map((paper) => [paper.id, tagPaper({ title: paper.title, abstract: paper.abstract })]));
  await writeTopicRows(tx, tags);
  await tx.$executeRaw`
    UPDATE "Paper" p SET "taggerVersion" = ${TAGGER_VERSION}, "topics" = coalesce(
      (SELECT array_agg(t."topic" ORDER BY t."score" DESC) FROM "PaperTopic" t WHERE t."paperId" = p."id" AND NOT t."tentative"), '{}')
    WHERE p."id" = ANY(${papers.map((p) => p.id)}::int[])`;
}
