import { renderFeed, type FeedFormat } from "@/lib/feeds/render-feed";
import { parseTrendingFilters } from "@/lib/trending/filters";
import { getTrendingView } from "@/lib/trending/get-view";

/** The feed of the view a request's query string describes (bad parameters fall back to defaults). */
export async function feedResponse(request: Request, format: FeedFormat) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = { ...parseTrendingFilters(params), page: 1 };
  const now = new Date();
  const { papers } = await getTrendingView(filters, now);
  return renderFeed(format, filters, papers, now);
}
