import { getDb } from "@/lib/platform/database";
import { toBibtexEntries } from "@/lib/papers/bibtex";
import type { PaperCardRow } from "@/lib/trending/queries";

export const BIBTEX_CONTENT_TYPE = "application/x-bibtex; charset=utf-8";

// Text outside @entries is a comment to BibTeX: the header says what the file is and where from.
const comment = (text: string) => text.replace(/[\r\n]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");

/**
 * One BibTeX file of papers (a view's page, or a reading list), in their order, keys unique.
 * Served as a download: browsers cannot show application/x-bibtex, and the name says what it is.
 */
export async function renderBibtex(papers: PaperCardRow[], about: { title: string; url: string; filename: string }, now: Date) {
  // The card rows lack the primary category, which arXiv's own BibTeX names.
  const categories = new Map(
    (await getDb().paper.findMany({ where: { id: { in: papers.map((p) => p.id) } }, select: { id: true, primaryCategory: true } })).map((r) => [r.id, r.primaryCategory]),
  );
  const entries = toBibtexEntries(papers.map((p) => ({ ...p, primaryCategory: categories.get(p.id) ?? null })));
  const header = [
    `% ${comment(about.title)}`,
    `% ${comment(about.url)}`,
    `% ${entries.length === 1 ? "1 entry" : `${entries.length} entries`}, exported ${now.toISOString().slice(0, 10)}`,
  ].join("\n");
  return new Response(`${header}\n\n${entries.join("\n\n")}${entries.length ? "\n" : ""}`, {
    headers: {
      "content-type": BIBTEX_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${about.filename}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
