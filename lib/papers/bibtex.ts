import { appUrl } from "@/lib/platform/settings";
import type { PaperDetail } from "@/lib/papers/queries";

const escapeBib = (text: string) => text.replace(/([{}&%$#_])/g, "\\$1").replace(/\s+/g, " ").trim();

type BibPaper = Pick<PaperDetail, "arxivId" | "title" | "authors" | "publishedAt" | "primaryCategory" | "absUrl"> & { isDemo?: boolean };

/** arXiv's own key style: first author's surname, year, first word of the title (`smith2025sparse`). */
export function bibtexKey(paper: Pick<BibPaper, "title" | "authors" | "publishedAt">): string {
  const firstAuthor = paper.authors[0]?.split(/\s+/).at(-1)?.toLowerCase().replace(/[^a-z]/g, "") || "anon";
  const firstWord = paper.title.toLowerCase().match(/[a-z]{3,}/)?.[0] ?? "paper";
  return `${firstAuthor}${paper.publishedAt.getUTCFullYear()}${firstWord}`;
}

/**
 * A BibTeX entry in arXiv's own style (@misc with eprint fields). A bundled demo paper has no
 * arXiv id or authors: its entry points at its page here instead of inventing an eprint.
 */
export function toBibtex(paper: BibPaper, key = bibtexKey(paper)): string {
  const year = paper.publishedAt.getUTCFullYear();
  const fields = paper.isDemo
    ? [
        ["title", `{${escapeBib(paper.title)}}`],
        ...(paper.authors.length ? [["author", `{${paper.authors.map(escapeBib).join(" and ")}}`]] : []),
        ["year", `{${year}}`],
        ["note", "{Demo entry bundled with Sparse Digest; not an arXiv record}"],
        ["url", `{${appUrl()}/papers/${paper.arxivId}}`],
      ]
    : [
        ["title", `{${escapeBib(paper.title)}}`],
        ["author", `{${paper.authors.map(escapeBib).join(" and ") || "Unknown"}}`],
        ["year", `{${year}}`],
        ["eprint", `{${paper.arxivId}}`],
        ["archivePrefix", "{arXiv}"],
        ...(paper.primaryCategory ? [["primaryClass", `{${paper.primaryCategory}}`]] : []),
        ["url", `{${paper.absUrl ?? `https://arxiv.org/abs/${paper.arxivId}`}}`],
      ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
}

/** Entries for a file: keys made unique the way Google Scholar does (`smith2025sparse`, `…b`, `…c`). */
export function toBibtexEntries(papers: readonly BibPaper[]): string[] {
  const seen = new Map<string, number>();
  return papers.map((paper) => {
    const key = bibtexKey(paper);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return toBibtex(paper, n === 1 ? key : `${key}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ""}`);
  });
}
