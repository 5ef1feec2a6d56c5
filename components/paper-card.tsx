import type { PaperCardData } from "@/lib/papers/queries";
import { DemoBadge } from "@/components/demo-badge";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Titles and abstracts are untrusted text: React escapes them, nothing is rendered as HTML. */
export function PaperCard({ paper }: { paper: PaperCardData }) {
  const authors = paper.authors.length > 3 ? `${paper.authors.slice(0, 3).join(", ")} et al.` : paper.authors.join(", ");
  return (
    <article className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-base font-semibold leading-snug sm:text-lg">{paper.title}</h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-500 dark:text-zinc-400">
        {paper.isDemo ? <DemoBadge /> : null}
        {authors ? <span>{authors}</span> : null}
        <time dateTime={paper.publishedAt.toISOString()}>{dateFormat.format(paper.publishedAt)}</time>
      </p>
      <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">{paper.abstract}</p>
    </article>
  );
}
