import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PaperList } from "@/components/trending/paper-list";
import { arxivIdInQuery } from "@/lib/papers/arxiv-id-in-query";
import { parseTrendingFilters } from "@/lib/trending/filters";
import { getTrendingView } from "@/lib/trending/get-view";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const filters = parseTrendingFilters(await props.searchParams);
  return { title: filters.q ? `Search: ${filters.q}` : "Trending papers on MoE and model compression", alternates: { types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/feed.atom" } } };
}

export default async function TrendingPage(props: Props) {
  const filters = parseTrendingFilters(await props.searchParams);
  const pasted = filters.q ? arxivIdInQuery(filters.q) : null;
  if (pasted) redirect(`/papers/${pasted}`);
  const view = await getTrendingView(filters);
  const demoOnly = view.papers.length > 0 && view.papers.every((p) => p.isDemo);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Mixture-of-Experts and model compression, ranked by votes and freshness.{" "}
        <a href="/about/ranking" className="underline underline-offset-2">How ranking works</a>
      </p>
      {demoOnly ? (
        <p className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200">
          These are demo entries: real papers of the field, bundled so the app is never empty. Run{" "}
          <code className="font-mono">npm run ingest</code> to fetch today&apos;s papers from arXiv.
        </p>
      ) : null}
      <div className="mt-5">
        <PaperList path="/" filters={filters} {...view} />
      </div>
    </>
  );
}
