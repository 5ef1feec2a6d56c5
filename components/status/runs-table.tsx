import type { IngestStatus } from "@/lib/ingest/status-queries";
import { StatusBadge } from "@/components/status/source-card";
import { SOURCE_LABELS, timeFormat } from "@/components/status/format";

export function RunsTable({ runs }: { runs: IngestStatus["runs"] }) {
  if (runs.length === 0) return <p className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">No ingest has run yet. Run <code className="font-mono">npm run ingest</code> or wait for the worker.</p>;
  return (
    <div className="mt-3 overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-left text-sm">
        <thead className="bg-zinc-50 text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            {["Source", "Started (UTC)", "Took", "Status", "Fetched", "New", "Updated", "Skipped", "Failed", "First error"].map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className="whitespace-nowrap px-3 py-2">{SOURCE_LABELS[run.sourceId] ?? run.sourceId}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{timeFormat.format(run.startedAt)}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{run.finishedAt ? `${((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(1)} s` : "…"}</td>
              <td className="px-3 py-2">
                <StatusBadge status={run.status} />
              </td>
              {[run.fetched, run.created, run.updated, run.skipped, run.failed].map((n, i) => (
                <td key={i} className="px-3 py-2 text-right tabular-nums">
                  {n}
                </td>
              ))}
              <td className="max-w-xs truncate px-3 py-2 font-mono text-xs text-red-700 dark:text-red-400" title={run.firstError ?? undefined}>
                {run.firstError}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
