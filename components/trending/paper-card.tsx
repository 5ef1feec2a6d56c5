import Link from "next/link";
import { AuthorNames } from "@/components/authors/author-names";
import { DemoBadge } from "@/components/demo-badge";
import { GlanceLine } from "@/components/facts/glance-line";
import { HighlightedText } from "@/components/highlighted-text";
import { ReadButton, SaveButton } from "@/components/reading-list/reading-buttons";
import { TechniqueChip } from "@/components/technique-chip";
import { VoteButton } from "@/components/votes/vote-button";
import { glanceItems, readFacts } from "@/lib/facts/glance";
import { whyLine } from "@/lib/papers/why-line";
import type { PaperCardRow } from "@/lib/trending/queries";
import { MARK_START } from "@/lib/trending/marks";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const paperHref = (arxivId: string) => `/papers/${arxivId}`;

// A card shows three lines of the abstract; sending the whole of it thirty times (in the HTML and
// again in the RSC payload) tripled the page's weight and render time.
const TEASER_CHARS = 420;

export function abstractTeaser(abstract: string) {
  if (abstract.length <= TEASER_CHARS) return abstract;
  const cut = abstract.slice(0, TEASER_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), TEASER_CHARS - 40))}…`;
}

/**
 * One paper, ranked in a view (a reading list has no rank). Titles and abstracts are untrusted
 * text: React escapes them. Inside a ReadAwareItem, a paper read in this browser has a muted title.
 */
export function PaperCard({ paper, rank, why }: { paper: PaperCardRow; rank?: number; why?: string }) {
  const snippet = paper.snippet?.includes(MARK_START) ? paper.snippet : null;
  const links = [
    paper.absUrl ? { href: paper.absUrl, label: "arXiv" } : null,
    paper.pdfUrl ? { href: paper.pdfUrl, label: "PDF" } : null,
    paper.codeUrls[0] ? { href: paper.codeUrls[0], label: "Code" } : null,
  ].filter((l) => l !== null);
  return (
    <article className="flex gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:gap-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-col items-center gap-2">
        {rank ? (
          <span className="text-xs font-semibold tabular-nums text-zinc-500 dark:text-zinc-400" aria-label={`Rank ${rank}`}>
            #{rank}
          </span>
        ) : null}
        <VoteButton arxivId={paper.arxivId} votes={paper.votes} externalUpvotes={paper.externalUpvotes} />
      </div>
      <div className="min-w-0 flex-1">
        <h2 className="text-base font-semibold leading-snug sm:text-lg">
          <Link href={paperHref(paper.arxivId)} className="hover:text-accent-700 group-data-read/paper:font-medium group-data-read/paper:text-zinc-500 dark:hover:text-accent-100 dark:group-data-read/paper:text-zinc-400">
            {paper.title}
          </Link>
        </h2>
        <GlanceLine items={glanceItems(readFacts(paper.facts), paper.title, paper.abstract)} />
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-500 dark:text-zinc-400">
          {paper.isDemo ? <DemoBadge /> : null}
          {paper.authors.length ? (
            <span>
              <AuthorNames authors={paper.authors} max={3} />
            </span>
          ) : null}
          <time dateTime={paper.publishedAt.toISOString()}>{dateFormat.format(paper.publishedAt)}</time>
        </p>
        <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
          {snippet ? <HighlightedText text={snippet} /> : abstractTeaser(paper.abstract)}
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {paper.techniques.map((slug) => (
            <TechniqueChip key={slug} slug={slug} />
          ))}
          {/* Why this paper, in one line: the chips are its start. */}
          <span className="text-xs text-zinc-500 dark:text-zinc-400" data-testid="why">
            <span className="sr-only">Why this paper: </span>
            {why ??
              whyLine({ techniques: paper.techniques, evidence: paper.evidence, points: paper.votes + paper.externalUpvotes, when: null,
                withoutTechniques: true })}
          </span>
          {links.length && paper.techniques.length ? <span className="mx-1 hidden h-4 w-px bg-zinc-200 sm:inline-block dark:bg-zinc-700" aria-hidden /> : null}
          {links.map((link) => (
            <a key={link.label} href={link.href} className="text-xs font-medium text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-300" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
          <span className="-my-1 ml-auto flex items-center">
            <SaveButton arxivId={paper.arxivId} />
            <ReadButton arxivId={paper.arxivId} />
          </span>
        </div>
      </div>
    </article>
  );
}
