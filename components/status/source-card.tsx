import type { SourceStatus } from "@/lib/ingest/status-queries";
import { formatAge, SOURCE_LABELS, timeFormat } from "@/components/status/format";

const STATUS_STYLES: Record<string, string> = {
  succeeded: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/40 dark:text-emerald-300 dark:ring-emerald-900",
  failed: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/40 dark:text-red-300 dark:ring-red-900",
  running: "bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/40 dark:text-sky-300 dark:ring-sky-900",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_STYLES[status] ?? ""}`}>{status}</span>;
}

/** One source: age of its last success, its last run's counts, and a warning when it went quiet. */
export function SourceCard({ source, now }: { source: SourceStatus; now: Date }) {
  const run = source.lastRun;
  return (
    <article aria-labelledby={`source-${source.id}`} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`source-${source.id}`} className="text-base font-semibold">
          {SOURCE_LABELS[source.id] ?? source.id}
        </h2>
        {run ? <StatusBadge status={run.status} /> : <span className="text-sm text-zinc-500 dark:text-zinc-400">no runs yet</span>}
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-500 dark:text-zinc-400">Last success</dt>
        <dd title={source.lastSuccessAt ? `${timeFormat.format(source.lastSuccessAt)} UTC` : undefined}>{formatAge(source.lastSuccessAt, now)}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">Last new items</dt>
        <dd>{formatAge(source.lastItemsAt, now)}</dd>
        {run ? (
          <>
            <dt className="text-zinc-500 dark:text-zinc-400">Last run</dt>
            <dd>
              {run.fetched} fetched · {run.created} new · {run.updated} updated · {run.failed} failed
            </dd>
          </>
        ) : null}
      </dl>
      {source.silent ? (
        <p role="alert" className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200">
          Silent for longer than expected: no new items for more than {source.expectedEveryHours} weekday hours.
        </p>
      ) : null}
      {run?.firstError ? <p className="mt-3 break-words font-mono text-xs text-red-700 dark:text-red-400">{run.firstError}</p> : null}
    </article>
  );
}
