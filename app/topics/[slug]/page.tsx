import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TechniqueChip } from "@/components/technique-chip";
import { WeeklyChart } from "@/components/topics/weekly-chart";
import { PaperList } from "@/components/trending/paper-list";
import { getWeeklyCounts } from "@/lib/papers/queries";
import { isTechniqueSlug, TECHNIQUES } from "@/lib/tagging/technique-labels";
import { parseTrendingFilters } from "@/lib/trending/filters";
import { getTrendingView } from "@/lib/trending/get-view";
import { cached } from "@/lib/trending/view-cache";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const technique = TECHNIQUES.find((t) => t.slug === slug);
  return technique ? { title: `${technique.label} papers`, description: technique.description } : { title: "Unknown technique" };
}

export default async function TopicPage(props: Props) {
  const { slug } = await props.params;
  if (!isTechniqueSlug(slug)) notFound();
  const technique = TECHNIQUES.find((t) => t.slug === slug)!;
  const filters = { ...parseTrendingFilters(await props.searchParams), topics: [slug] };
  const now = new Date();
  const [view, weeks] = await Promise.all([getTrendingView(filters, now), cached(`weeks:${slug}`, () => getWeeklyCounts(slug, now))]);
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
      <PaperList path={`/topics/${slug}`} filters={filters} {...view} showTechniques={false} />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/about/ranking" className="underline">How papers are tagged and ranked</Link>
      </p>
    </div>
  );
}
