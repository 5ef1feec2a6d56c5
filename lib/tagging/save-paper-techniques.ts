import type { PaperText } from "@/lib/paper-text";
import type { Db } from "@/lib/platform/database";
import { confidentTags, tagPaper, type TechniqueTag } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";

// The one writer of PaperTechnique (and of the Paper.techniques mirror, but for the incoming papers whose
// techniques ingest stores with the row: techniqueColumns).

type Tx = Pick<Db, "$executeRaw" | "$queryRaw">;
/** A stored paper's text, as re-tagging reads it. */
export type StoredPaperText = PaperText & { id: number };

/**
 * Replaces the rows of these papers with their tags, tentative ones included. `fresh` papers
 * were just inserted and have no rows to delete.
 */
async function writeTechniqueRows(tx: Tx, tagsByPaper: ReadonlyMap<number, readonly TechniqueTag[]>, fresh: ReadonlySet<number> = new Set()) {
  const replaced = [...tagsByPaper.keys()].filter((id) => !fresh.has(id));
  if (replaced.length) await tx.$executeRaw`DELETE FROM "PaperTechnique" WHERE "paperId" = ANY(${replaced}::int[])`;
  const rows = [...tagsByPaper].flatMap(([paperId, tags]) =>
    tags.map((t) => ({ paperId, technique: t.slug, score: t.score, evidence: t.evidence, tentative: t.tentative })),
  );
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "PaperTechnique" ("paperId", "technique", "score", "evidence", "tentative", "taggerVersion", "taggedAt")
    SELECT r."paperId", r.technique, r.score, ARRAY(SELECT jsonb_array_elements_text(r.evidence)), r.tentative, ${TAGGER_VERSION}, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("paperId" int, technique text, score float8, evidence jsonb, tentative boolean)`;
}

/** Paper.techniques: the slugs a paper is listed under, highest score first (tentative tags are not). */
export function listedTechniques(tags: readonly TechniqueTag[]): string[] {
  return confidentTags(tags).map((tag) => tag.slug);
}

/** Paper.techniques and Paper.taggerVersion of a paper tagged before it is stored: ingest writes them with the row. */
export const techniqueColumns = (tags: readonly TechniqueTag[]) => ({ techniques: listedTechniques(tags), taggerVersion: TAGGER_VERSION });

/**
 * A paper ingest just wrote (lib/ingest/upsert-papers.ts). `tags`: the incoming paper's tags, when
 * Paper.techniques now holds them (techniqueColumns); null when it kept the stored ones.
 */
export type IngestedPaper = { id: number; inserted: boolean; textChanged: boolean; tags: readonly TechniqueTag[] | null };

/**
 * The PaperTechnique rows of a batch ingest wrote, in the order it wrote them (a later round of the
 * same paper wins). Rows follow the incoming tags whenever Paper.techniques took them, even when only
 * metadata changed (the stored rows may be of an older tagger); a new or re-worded paper whose
 * stored text is not the incoming text (an older version kept) is tagged again from that text.
 */
export async function saveIngestedTechniques(tx: Tx, written: readonly IngestedPaper[]): Promise<void> {
  const tagged = new Map<number, readonly TechniqueTag[]>();
  const retag = new Set<number>();
  const fresh = new Set<number>();
  for (const row of written) {
    if (row.inserted) fresh.add(row.id);
    if (row.tags) (tagged.set(row.id, row.tags), retag.delete(row.id));
    else if (row.inserted || row.textChanged) (retag.add(row.id), tagged.delete(row.id));
  }
  if (tagged.size) await writeTechniqueRows(tx, tagged, fresh);
  if (retag.size) {
    const stored = await tx.$queryRaw<StoredPaperText[]>`SELECT "id", "title", "abstract" FROM "Paper" WHERE "id" = ANY(${[...retag]}::int[])`;
    await savePaperTechniques(tx, stored);
  }
}

/**
 * Tags stored papers and writes their rows in a few statements per batch, whatever its size, so
 * re-tagging stays fast. Paper.techniques mirrors the listed rows for GIN-indexed filtering, and
 * Paper.taggerVersion marks the paper done for this tagger, tags or none.
 */
export async function savePaperTechniques(tx: Tx, papers: readonly StoredPaperText[]): Promise<void> {
  if (papers.length === 0) return;
  const tags = new Map(papers.map((paper) => [paper.id, tagPaper({ title: paper.title, abstract: paper.abstract })]));
  await writeTechniqueRows(tx, tags);
  await tx.$executeRaw`
    UPDATE "Paper" p SET "taggerVersion" = ${TAGGER_VERSION}, "techniques" = coalesce(
      (SELECT array_agg(t."technique" ORDER BY t."score" DESC) FROM "PaperTechnique" t WHERE t."paperId" = p."id" AND NOT t."tentative"), '{}')
    WHERE p."id" = ANY(${papers.map((p) => p.id)}::int[])`;
}
