import { readFacts } from "@/lib/facts/glance";
import type { PaperCardRow } from "@/lib/trending/queries";

/** The public JSON shape of a paper (GET /api/papers and /api/papers/{arxivId}). */
type ApiPaperSource = Pick<
  PaperCardRow,
  "arxivId" | "title" | "authors" | "abstract" | "publishedAt" | "votes" | "externalUpvotes" | "absUrl" | "pdfUrl" | "codeUrls" | "isDemo" | "facts"
> & { techniques: { slug: string; score: number }[] };

export function toApiPaper(p: ApiPaperSource) {
  return {
    arxivId: p.arxivId,
    title: p.title,
    authors: p.authors,
    abstract: p.abstract,
    publishedAt: p.publishedAt.toISOString(),
    topics: p.techniques, // the public name of a paper's techniques (lib/api/schemas.ts)
    /** Figures and names the abstract reports, each with its phrase (lib/facts/fact.ts). */
    facts: readFacts(p.facts),
    votes: p.votes,
    externalUpvotes: p.externalUpvotes,
    isDemo: p.isDemo,
    links: { abs: p.absUrl, pdf: p.pdfUrl, code: p.codeUrls, page: `/papers/${p.arxivId}` },
  };
}
