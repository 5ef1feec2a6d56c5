import { filtersToSearchParams, type TrendingFilters } from "@/lib/trending/filters";

/** "Follow this view": the same filters as feeds (RSS, Atom, JSON Feed). */
export function FollowLinks({ filters }: { filters: TrendingFilters }) {
  const params = filtersToSearchParams({ ...filters, page: 1, date: null });
  const query = params.toString() ? `?${params}` : "";
  const feeds = [
    { href: `/feed.xml${query}`, label: "RSS" },
    { href: `/feed.atom${query}`, label: "Atom" },
    { href: `/feed.json${query}`, label: "JSON Feed" },
  ];
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      <svg aria-hidden viewBox="0 0 20 20" className="size-4 text-orange-500" fill="currentColor">
        <path d="M4 4a12 12 0 0 1 12 12h-2.5A9.5 9.5 0 0 0 4 6.5zm0 5a7 7 0 0 1 7 7H8.5A4.5 4.5 0 0 0 4 11.5zm1.5 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3" />
      </svg>
      <span className="font-medium">Follow this view:</span>
      {feeds.map((feed) => (
        <a key={feed.label} href={feed.href} className="rounded border border-zinc-200 px-2 py-0.5 hover:border-zinc-400 dark:border-zinc-700" data-feed={feed.label}>
          {feed.label}
        </a>
      ))}
    </p>
  );
}
