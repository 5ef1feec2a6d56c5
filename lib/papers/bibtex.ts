import type { PaperDetail } from "@/lib/papers/queries";

const escapeBib = (text: string) => text.replace(/([{}&%$#_])/g, "\\$1").replace(/\s+/g, " ").trim();

/** A BibTeX entry in arXiv's own style (@misc with eprint fields). */
export function toBibtex(paper: Pick<PaperDetail, "arxivId" | "title" | "authors" | "publishedAt" | "primaryCategory" | "absUrl">): string {
  const year = paper.publishedAt.getUTCFullYear();
  const firstAuthor = paper.authors[0]?.split(/\s+/).at(-1)?.toLowerCase().replace(/[^a-z]/g, "") || "anon";
  const firstWord = paper.title.toLowerCase().match(/[a-z]{3,}/)?.[0] ?? "paper";
  const fields = [
    ["title", `{${escapeBib(paper.title)}}`],
    ["author", `{${paper.authors.map(escapeBib).join(" and ") || "Unknown"}}`],
    ["year", `{${year}}`],
    ["eprint", `{${paper.arxivId}}`],
    ["archivePrefix", "{arXiv}"],
    ...(paper.primaryCategory ? [["primaryClass", `{${paper.primaryCategory}}`]] : []),
    ["url", `{${paper.absUrl ?? `https://arxiv.org/abs/${paper.arxivId}`}}`],
  ];
  return `@misc{${firstAuthor}${year}${firstWord},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
}
