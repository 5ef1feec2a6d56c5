import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TechniqueChip } from "@/components/technique-chip";
import { ComparisonTable } from "@/components/facts/comparison-table";
import { WeeklyChart } from "@/components/techniques/weekly-chart";
import { PaperList } from "@/components/trending/paper-list";
import { getWeeklyCounts } from "@/lib/papers/queries";
import { isTechniqueSlug, TECHNIQUES } from "@/lib/tagging/technique-labels";
import { comparisonRows, SortSchema, sortRows, type ComparisonSort } from "@/lib/facts/comparison";
import { filtersToSearchParams, parseTrendingFilters, viewHref } from "@/lib/trending/filters";
import { getTrendingPapers } from "@/lib/trending/queries";
import { getTrendingView } from "@/lib/trending/get-view";
import { cached } from "@/lib/trending/view-cache";

const COMPARED = 100;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const technique = TECHNIQUES.find((t) => t.slug === slug);
  return technique ? { title: `${technique.label} papers`, description: technique.description } : { title: "Unknown technique" };
}

export default async function TechniquePage(props: Props) {
  const { slug } = await props.params;
  if (!isTechniqueSlug(slug)) notFound();
  const technique = TECHNIQUES.find((t) => t.slug === slug)!;
  const searchParams = await props.searchParams;
  const filters = { ...parseTrendingFilters(searchParams), techniques: [slug] };
  const sort = SortSchema.parse(searchParams.sort);
  const now = new Date();
  const comparedKey = filtersToSearchParams({ ...filters, page: 1 }).toString();
  const [view, weeks, compared] = await Promise.all([
    getTrendingView(filters, now),
    cached(`weeks:${slug}`, () => getWeeklyCounts(slug, now)),
    // The period's top papers of this technique, up to a hundred, for the comparison table.
    cached(`compare:${comparedKey}`, () => getTrendingPapers({ ...filters, page: 1 }, now, COMPARED)),
  ]);
  const path = `/topics/${slug}`;
  const withSort = (next: ComparisonSort) => {
    const query = filtersToSearchParams({ ...filters, techniques: [], page: 1 });
    if (next !== "date") query.set("sort", next);
    return query.size ? `${path}?${query}` : path;
  };
  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="Techniques" className="flex flex-wrap gap-2">
          {TECHNIQUES.map((t) => (
            <span key={t.slug} className={t.slug === slug ? "rounded-full ring-2 ring-accent-600" : ""}>
              <TechniqueChip slug={t.slug} />
            </span>
          ))}
        </nav>
        <h1 className="mt-4 text-2xl font-bold tracking-tight">{technique.label}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{technique.description}</p>
      </header>
      <WeeklyChart weeks={weeks} label={`${technique.label} papers per week`} />
      <ComparisonTable
        rows={sortRows(comparisonRows(compared.papers), sort)}
        sort={sort}
        sortHref={withSort}
        filterHref={(kind, name) => viewHref(path, { ...filters, techniques: [], page: 1, [kind]: name })}
      />
      <PaperList path={path} filters={filters} {...view} showTechniques={false} />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/about/ranking" className="underline">How papers are tagged and ranked</Link>
      </p>
    </div>
  );
}
