import { filtersToSearchParams, type TrendingFilters } from "@/lib/trending/filters";
import { getFieldCounts, getTechniqueCounts, getTrendingPapers } from "@/lib/trending/queries";
import { cached } from "@/lib/trending/view-cache";
import { windowPeriod } from "@/lib/trending/windows";

/** The list and chip counts of one view, served from the view cache when fresh. */
export async function getTrendingView(filters: TrendingFilters, now = new Date()) {
  const key = filtersToSearchParams(filters).toString();
  const [list, counts, field] = await Promise.all([
    cached(`list:${key}`, () => getTrendingPapers(filters, now)),
    cached(`counts:${filtersToSearchParams({ ...filters, techniques: [], page: 1 })}`, () => getTechniqueCounts(filters, now)),
    cached(`field:${filtersToSearchParams({ ...filters, techniques: [], page: 1, allPapers: false })}`, () => getFieldCounts(filters, now)),
  ]);
  return { ...list, counts, field, period: windowPeriod(filters.window, filters.date, now) };
}
