import { getDb } from "@/lib/platform/database";
import { SOURCE_IDS } from "@/lib/ingest/schemas";

export type SourceStatus = {
  id: string;
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  /** Last successful run that brought items: what "silent" is measured against. */
  lastItemsAt: Date | null;
  expectedEveryHours: number;
  silent: boolean;
  lastRun: { status: string; startedAt: Date; finishedAt: Date | null; fetched: number; created: number; updated: number; skipped: number; failed: number; firstError: string | null } | null;
};

const RUN_SELECT = { id: true, sourceId: true, status: true, startedAt: true, finishedAt: true, fetched: true, created: true, updated: true, skipped: true, failed: true, firstError: true } as const;

/** Every known source (configured ones even before their first run) and the latest runs. */
export async function getIngestStatus(now: Date, recentRuns = 20) {
  const [sources, runs, withItems] = await Promise.all([
    getDb().ingestSource.findMany({ select: { id: true, lastRunAt: true, lastSuccessAt: true, expectedEveryHours: true } }),
    getDb().ingestRun.findMany({ select: RUN_SELECT, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: recentRuns }),
    getDb().ingestRun.groupBy({ by: ["sourceId"], where: { status: "succeeded", fetched: { gt: 0 } }, _max: { finishedAt: true } }),
  ]);
  const ids = [...new Set([...SOURCE_IDS, ...sources.map((s) => s.id)])];
  const statuses: SourceStatus[] = await Promise.all(
    ids.map(async (id) => {
      const source = sources.find((s) => s.id === id);
      const expectedEveryHours = source?.expectedEveryHours ?? 26;
      const lastItemsAt = withItems.find((w) => w.sourceId === id)?._max.finishedAt ?? null;
      const lastRun = runs.find((r) => r.sourceId === id) ?? (await getDb().ingestRun.findFirst({ where: { sourceId: id }, select: RUN_SELECT, orderBy: { startedAt: "desc" } }));
      return {
        id,
        lastRunAt: source?.lastRunAt ?? null,
        lastSuccessAt: source?.lastSuccessAt ?? null,
        lastItemsAt,
        expectedEveryHours,
        silent: isSilent(lastItemsAt ?? source?.lastRunAt ?? null, expectedEveryHours, now),
        lastRun: lastRun ?? null,
      };
    }),
  );
  return { sources: statuses, runs };
}

export type IngestStatus = Awaited<ReturnType<typeof getIngestStatus>>;

/**
 * arXiv announces Sunday to Thursday evenings (US Eastern), so listings stay empty over the
 * weekend: only weekday hours (UTC) count toward a silence, and only a weekday raises it.
 */
export function isSilent(since: Date | null, expectedEveryHours: number, now: Date): boolean {
  if (!since) return false; // never run: nothing to compare with yet
  const weekday = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
  if (!weekday(now)) return false;
  return weekdayHoursBetween(since, now) > expectedEveryHours;
}

export function weekdayHoursBetween(from: Date, to: Date): number {
  let hours = 0;
  for (let t = from.getTime(); t < to.getTime(); ) {
    const d = new Date(t);
    const nextDay = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    const end = Math.min(nextDay, to.getTime());
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) hours += (end - t) / 3600_000;
    t = end;
  }
  return hours;
}
