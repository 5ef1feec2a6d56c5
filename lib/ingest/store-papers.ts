import type { Db } from "@/lib/platform/database";
import { extractFacts, FACTS_VERSION } from "@/lib/facts/extract-facts";
import type { PaperInput } from "@/lib/ingest/schemas";
import { type DerivedColumns, upsertPapers, type UpsertCounts } from "@/lib/ingest/upsert-papers";
import { saveIngestedTechniques, techniqueColumns } from "@/lib/tagging/save-paper-techniques";
import { tagPaper } from "@/lib/tagging/tag-paper";

const UNTAGGED = { techniques: null, taggerVersion: null };

/**
 * Stores one batch of incoming papers in one transaction: ingest writes the papers (with the
 * columns tagging and facts derive from their text, so each row is written once), then tagging
 * writes the tags of what changed. `tag: false` (benchmarks of storage alone) leaves tags as they are.
 */
export async function storePapers(db: Db, papers: PaperInput[], now: Date, { tag = true }: { tag?: boolean } = {}): Promise<UpsertCounts> {
  if (papers.length === 0) return { created: 0, updated: 0, skipped: 0 };
  return db.$transaction(async (tx) => {
    const tags = new Map(tag ? papers.map((paper) => [paper, tagPaper(paper)]) : []);
    const derive = (paper: PaperInput): DerivedColumns => {
      const paperTags = tags.get(paper);
      const facts = extractFacts({ title: paper.title, abstract: paper.abstract, comment: paper.comments });
      return { ...(paperTags ? techniqueColumns(paperTags) : UNTAGGED), facts, factsVersion: FACTS_VERSION };
    };
    const { written, ...counts } = await upsertPapers(tx, papers, now, derive);
    if (tag) await saveIngestedTechniques(tx, written.map((row) => ({ ...row, tags: row.techniquesFromInput ? tags.get(row.paper)! : null })));
    return counts;
  }, { timeout: 120_000 });
}
