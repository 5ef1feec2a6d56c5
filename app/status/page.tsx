import type { Metadata } from "next";
import { getIngestStatus } from "@/lib/ingest/status-queries";
import { RunsTable } from "@/components/status/runs-table";
import { SourceCard } from "@/components/status/source-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ingest status" };

export default async function StatusPage() {
  const now = new Date();
  const { sources, runs } = await getIngestStatus(now);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Ingest status</h1>
      <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">Every source is fetched hourly; arXiv publishes no listings on weekends.</p>
      <section aria-label="Sources" className="mt-6 grid gap-4 md:grid-cols-3">
        {sources.map((source) => (
          <SourceCard key={source.id} source={source} now={now} />
        ))}
      </section>
      <h2 className="mt-10 text-lg font-semibold">Recent runs</h2>
      <RunsTable runs={runs} />
    </>
  );
}
