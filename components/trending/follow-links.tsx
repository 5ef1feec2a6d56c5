import { filtersToSearchParams, type TrendingFilters } from "@/lib/trending/filters";

const asQuery = (params: URLSearchParams) => (params.toString() ? `?${params}` : "");
const chip = "rounded border border-zinc-200 px-2 py-0.5 hover:border-zinc-400 dark:border-zinc-700";

/**
 * "Follow this view": the same filters as feeds (RSS, Atom, JSON Feed) of the view's first page,
 * and beside them its BibTeX, of the page as shown (its page and period kept).
 */
export function FollowLinks({ filters }: { filters: TrendingFilters }) {
  const feedQuery = asQuery(filtersToSearchParams({ ...filters, page: 1, date: null }));
  return <FeedLinks label="Follow this view:" feedQuery={feedQuery} bibQuery={asQuery(filtersToSearchParams(filters))} />;
}

/** Feed links for a query string (a view's, or a reading list's `?ids=…`), and its BibTeX download. */
export function FeedLinks({ label, feedQuery, bibQuery }: { label: string; feedQuery: string; bibQuery: string }) {
  const feeds = [
    { href: `/feed.xml${feedQuery}`, label: "RSS" },
    { href: `/feed.atom${feedQuery}`, label: "Atom" },
    { href: `/feed.json${feedQuery}`, label: "JSON Feed" },
  ];
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      <svg aria-hidden viewBox="0 0 20 20" className="size-4 text-orange-500" fill="currentColor">
        <path d="M4 4a12 12 0 0 1 12 12h-2.5A9.5 9.5 0 0 0 4 6.5zm0 5a7 7 0 0 1 7 7H8.5A4.5 4.5 0 0 0 4 11.5zm1.5 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3" />
      </svg>
      <span className="font-medium">{label}</span>
      {feeds.map((feed) => (
        <a key={feed.label} href={feed.href} className={chip} data-feed={feed.label}>
          {feed.label}
        </a>
      ))}
      <span className="mx-1 h-4 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden />
      <a href={`/feed.bib${bibQuery}`} className={chip} download title="These papers as a BibTeX file">
        BibTeX
      </a>
    </p>
  );
}
