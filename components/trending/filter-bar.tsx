import Link from "next/link";
import { techniqueColor } from "@/components/technique-chip";
import { ExclusionChips } from "@/components/trending/exclusion-chips";
import { DEFAULT_FILTERS, type TrendingFilters, viewHref, WINDOWS } from "@/lib/trending/filters";
import type { Period } from "@/lib/trending/windows";
import { TECHNIQUES } from "@/lib/tagging/technique-labels";

const CATEGORIES = ["cs.LG", "cs.CL", "cs.AI", "cs.CV", "stat.ML"];

const pill = (active: boolean) =>
  `rounded-full border px-3 py-1 text-sm transition-colors ${
    active
      ? "border-accent-600 bg-accent-600 text-white"
      : "border-zinc-200 bg-white text-zinc-700 hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:border-zinc-500"
  }`;

/** Every control is a link to another URL: views can be bookmarked, shared and followed as feeds. */
type Props = {
  path: string;
  filters: TrendingFilters;
  counts: Record<string, number>;
  field: { ingested: number; inField: number };
  period: Period | null;
  showTechniques?: boolean;
  /** Controls of the list below (the "Hide read" switch), at the end of the bar's last line. */
  aside?: React.ReactNode;
};

const number = new Intl.NumberFormat("en");

export function FilterBar({ path, filters, counts, field, period, showTechniques = true, aside }: Props) {
  const base = { ...filters, page: 1 };
  const toggleTechnique = (slug: string) => {
    const techniques = filters.techniques.includes(slug) ? filters.techniques.filter((t) => t !== slug) : [...filters.techniques, slug];
    return { ...base, techniques };
  };
  const resultFilters = [
    filters.bits ? { label: `bits ${filters.bits.op === "=" ? "=" : filters.bits.op.replace("<=", "≤").replace(">=", "≥")} ${filters.bits.value}`, without: { bits: null } } : null,
    filters.model ? { label: `model: ${filters.model}`, without: { model: null } } : null,
    filters.baseline ? { label: `compared with: ${filters.baseline}`, without: { baseline: null } } : null,
  ].filter((f) => f !== null);
  const excluding = filters.exclude.techniques.length + filters.exclude.words.length > 0;
  const byTechnique = showTechniques && filters.techniques.length > 0;
  const filtered = byTechnique || filters.category !== null || filters.hasCode || filters.q !== null || resultFilters.length > 0 || excluding;
  return (
    <div className="space-y-3">
      <nav aria-label="Time window" className="flex flex-wrap items-center gap-2">
        {WINDOWS.map((w) => (
          <Link key={w.slug} href={viewHref(path, { ...base, window: w.slug, date: null })} className={pill(filters.window === w.slug)} aria-current={filters.window === w.slug ? "page" : undefined}>
            {w.label}
          </Link>
        ))}
        {period ? (
          <span className="ml-auto flex items-center gap-1 text-sm text-zinc-600 dark:text-zinc-300">
            <Link href={viewHref(path, { ...base, date: period.previous })} className="rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Earlier period">
              ←
            </Link>
            <span className="font-medium">{period.label}</span>
            {period.next ? (
              <Link href={viewHref(path, { ...base, date: period.next })} className="rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Later period">
                →
              </Link>
            ) : (
              <span className="px-2 py-1 text-zinc-300 dark:text-zinc-600" aria-hidden>
                →
              </span>
            )}
          </span>
        ) : null}
      </nav>
      {showTechniques ? <nav aria-label="Techniques" className="flex flex-wrap gap-2">
        {TECHNIQUES.map((t) => {
          const active = filters.techniques.includes(t.slug);
          return (
            <Link
              key={t.slug}
              href={viewHref(path, toggleTechnique(t.slug))}
              title={t.description}
              className={`flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-medium ring-2 transition ${techniqueColor(t.slug)} ${active ? "ring-accent-600" : "ring-transparent opacity-90 hover:opacity-100"}`}
            >
              {active ? <span aria-hidden>✓</span> : null}
              {t.label}
              <span className="tabular-nums">{counts[t.slug] ?? 0}</span>
              {active ? <span className="sr-only">(selected)</span> : null}
            </Link>
          );
        })}
      </nav> : null}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {showTechniques ? (
          <>
            <nav aria-label="Which papers" className="flex gap-2">
              <Link href={viewHref(path, { ...base, allPapers: false })} className={pill(!filters.allPapers)} aria-current={filters.allPapers ? undefined : "page"}>
                In the field
              </Link>
              <Link href={viewHref(path, { ...base, allPapers: true })} className={pill(filters.allPapers)} aria-current={filters.allPapers ? "page" : undefined}>
                All papers
              </Link>
            </nav>
            <span className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden />
          </>
        ) : null}
        <Link href={viewHref(path, { ...base, hasCode: !filters.hasCode })} className={pill(filters.hasCode)}>
          Has code{filters.hasCode ? <span className="sr-only"> (selected)</span> : null}
        </Link>
        <span className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden />
        <Link href={viewHref(path, { ...base, category: null })} className={pill(filters.category === null)}>
          All categories
        </Link>
        {CATEGORIES.map((c) => (
          <Link key={c} href={viewHref(path, { ...base, category: c })} className={pill(filters.category === c)}>
            {c}
          </Link>
        ))}
        {filtered ? (
          <Link href={viewHref(path, { ...DEFAULT_FILTERS, window: filters.window, date: filters.date })} className="ml-1 font-medium text-accent-600 hover:underline dark:text-accent-100">
            Clear filters
          </Link>
        ) : null}
        {showTechniques || !aside ? null : <span className="ml-auto">{aside}</span>}
      </div>
      <ExclusionChips path={path} filters={filters} />
      {resultFilters.length ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Reported results:</span>
          {resultFilters.map((f) => (
            <Link key={f.label} href={viewHref(path, { ...base, ...f.without })} className="rounded-full border border-accent-600 px-3 py-0.5 text-accent-700 hover:bg-accent-50 dark:text-accent-100 dark:hover:bg-zinc-800">
              {f.label} <span aria-hidden>×</span>
              <span className="sr-only"> (remove)</span>
            </Link>
          ))}
        </p>
      ) : null}
      {showTechniques ? (
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {period ? period.label : filters.window === "new" ? "Newest" : "All time"}:{" "}
            <strong className="font-semibold text-zinc-800 dark:text-zinc-200">{number.format(field.inField)}</strong> papers in the field, of{" "}
            {number.format(field.ingested)} ingested
            {filters.allPapers ? "; showing all of them." : ". "}
            {filters.allPapers ? null : (
              <Link href={viewHref(path, { ...base, allPapers: true })} className="underline underline-offset-2">
                Show all papers
              </Link>
            )}
          </p>
          {aside}
        </div>
      ) : null}
    </div>
  );
}
