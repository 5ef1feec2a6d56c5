import Link from "next/link";
import { HideReadSwitch } from "@/components/reading-list/hide-read-switch";
import { ReadAwareItem } from "@/components/reading-list/read-aware-item";
import { FilterBar } from "@/components/trending/filter-bar";
import { FollowLinks } from "@/components/trending/follow-links";
import { PaperCard } from "@/components/trending/paper-card";
import { whyLine } from "@/lib/papers/why-line";
import { PAGE_SIZE, type TrendingFilters, viewHref, WINDOWS } from "@/lib/trending/filters";
import type { PaperCardRow } from "@/lib/trending/queries";
import type { Period } from "@/lib/trending/windows";

type Props = {
  path: string;
  filters: TrendingFilters;
  papers: PaperCardRow[];
  hasMore: boolean;
  counts: Record<string, number>;
  /** Papers of the view before the field filter: all ingested, and those carrying a technique. */
  field: { ingested: number; inField: number };
  period: Period | null;
  /** Topic pages fix the technique, so they hide its chips. */
  showTechniques?: boolean;
};

const WHEN: Record<TrendingFilters["window"], string | null> = { day: "today", week: "this week", month: "this month", all: null, new: null };

/** Why a card is in this view: the techniques asked for first, a phrase that fired, the search it matched, its points. */
function cardWhy(paper: PaperCardRow, filters: TrendingFilters) {
  const points = paper.votes + paper.externalUpvotes;
  const { techniques, evidence } = paper;
  return whyLine({ techniques, preferred: filters.techniques, evidence, matched: filters.q, points, when: WHEN[filters.window], withoutTechniques: true });
}

export function PaperList({ path, filters, papers, hasMore, counts, field, period, showTechniques = true }: Props) {
  const wider = WINDOWS[WINDOWS.findIndex((w) => w.slug === filters.window) + 1];
  return (
    <div className="space-y-5">
      <FilterBar
        path={path}
        filters={filters}
        counts={counts}
        field={field}
        period={period}
        showTechniques={showTechniques}
        aside={papers.length ? <HideReadSwitch ids={papers.map((p) => p.arxivId)} /> : null}
      />
      {filters.q ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          Results for <strong className="font-semibold">“{filters.q}”</strong>, best matches first.
        </p>
      ) : null}
      {papers.length === 0 ? (
        <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-300">
          <p className="font-medium">No papers in this view.</p>
          <p className="mt-1 text-sm">
            {wider && filters.window !== "all" && filters.window !== "new" ? (
              <>
                Try{" "}
                <Link className="text-accent-600 underline dark:text-accent-100" href={viewHref(path, { ...filters, window: wider.slug, date: null, page: 1 })}>
                  {wider.label.toLowerCase()}
                </Link>{" "}
                or fewer filters.
              </>
            ) : (
              "Try fewer filters or another search."
            )}
          </p>
        </div>
      ) : (
        <ol className="space-y-4">
          {papers.map((paper, i) => (
            <ReadAwareItem key={paper.arxivId} arxivId={paper.arxivId}>
              <PaperCard paper={paper} rank={(filters.page - 1) * PAGE_SIZE + i + 1} why={cardWhy(paper, filters)} />
            </ReadAwareItem>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="flex items-center justify-between text-sm">
        {filters.page > 1 ? (
          <Link href={viewHref(path, { ...filters, page: filters.page - 1 })} className="rounded-lg border border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={viewHref(path, { ...filters, page: filters.page + 1 })} className="rounded-lg border border-zinc-200 px-3 py-1.5 dark:border-zinc-700">
            Next →
          </Link>
        ) : null}
      </nav>
      <FollowLinks filters={filters} />
    </div>
  );
}
