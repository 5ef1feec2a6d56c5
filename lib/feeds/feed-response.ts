import { appUrl } from "@/lib/platform/settings";
import { renderBibtex } from "@/lib/feeds/render-bibtex";
import { describeView, listTitle, renderFeed, type FeedFormat } from "@/lib/feeds/render-feed";
import { savedHref } from "@/lib/reading-list/ids";
import { resolveIdList } from "@/lib/reading-list/queries";
import { DEFAULT_FILTERS, parseTrendingFilters, viewHref } from "@/lib/trending/filters";
import { getTrendingView } from "@/lib/trending/get-view";

/**
 * The feed of the view a request's query string describes (bad parameters fall back to defaults),
 * or with `ids=` of those papers (a reading list), where a bad or unknown id is a 400: a feed
 * that silently dropped papers would hide a mistyped or tampered list. BibTeX (`bib`) keeps the
 * view's page and period, as the page shows them; the other feeds follow the view's first page.
 */
export async function feedResponse(request: Request, format: FeedFormat | "bib") {
  const search = new URL(request.url).searchParams;
  const now = new Date();
  if (search.has("ids")) {
    const list = await resolveIdList(search.get("ids"));
    if (!list.ok) return Response.json({ error: list.error }, { status: 400 });
    if (format === "bib") return renderBibtex(list.papers, { title: listTitle(list.ids), url: `${appUrl()}${savedHref(list.ids)}`, filename: "reading-list.bib" }, now);
    return renderFeed(format, DEFAULT_FILTERS, list.papers, now, { ids: list.ids });
  }
  const parsed = parseTrendingFilters(Object.fromEntries(search));
  const filters = format === "bib" ? parsed : { ...parsed, page: 1 };
  const { papers } = await getTrendingView(filters, now);
  if (format === "bib") {
    const title = `${describeView(filters)}${filters.page > 1 ? `, page ${filters.page}` : ""}`;
    return renderBibtex(papers, { title, url: `${appUrl()}${viewHref("/", filters)}`, filename: "sparse-digest.bib" }, now);
  }
  return renderFeed(format, filters, papers, now);
}
