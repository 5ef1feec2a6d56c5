import type { Db } from "@/lib/platform/database";
import type { SourceId } from "@/lib/ingest/schemas";

/** A run still "running" after this long died with its worker; the next claim takes over. */
export const STALE_RUN_MS = 2 * 3600_000;

export type RunClaim = { runId: number } | { busy: { runId: number; startedAt: Date } };

/**
 * Starts a run of one source unless another is in progress: the advisory lock serialises
 * claims across workers and processes, the running row holds the source until it finishes.
 * Returns the new run's id, or the run that holds the source.
 */
export async function claimRun(db: Db, sourceId: SourceId, expectedEveryHours: number, now: Date): Promise<RunClaim> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ingest:${sourceId}`}))`;
    await tx.ingestSource.upsert({ where: { id: sourceId }, create: { id: sourceId, expectedEveryHours }, update: {} });
    const staleBefore = new Date(now.getTime() - STALE_RUN_MS);
    const busy = await tx.ingestRun.findFirst({ where: { sourceId, status: "running", startedAt: { gt: staleBefore } }, select: { id: true, startedAt: true } });
    if (busy) return { busy: { runId: busy.id, startedAt: busy.startedAt } };
    await tx.ingestRun.updateMany({
      where: { sourceId, status: "running" },
      data: { status: "failed", finishedAt: now, firstError: "abandoned: the worker stopped before finishing" },
    });
    const run = await tx.ingestRun.create({ data: { sourceId, startedAt: now }, select: { id: true } });
    await tx.ingestSource.update({ where: { id: sourceId }, data: { lastRunAt: now } });
    return { runId: run.id };
  });
}

/**
 * claimRun, waiting up to `waitMs` for a run in progress to finish (polling every `pollMs`).
 * The worker waits 0 ms: the run in progress does the same work. A one-shot ingest (a file, a
 * backfill) brings its own papers, so it waits and says so once.
 */
export async function claimRunWaiting(db: Db, source: { id: SourceId; expectedEveryHours: number }, now: Date, options: { waitMs: number; pollMs?: number; log: (line: string) => void }): Promise<RunClaim> {
  const startedAt = Date.now();
  for (let said = false; ; said = true) {
    const claim = await claimRun(db, source.id, source.expectedEveryHours, new Date(now.getTime() + (Date.now() - startedAt)));
    if ("runId" in claim || Date.now() - startedAt >= options.waitMs) return claim;
    if (!said) options.log(`${source.id}: run ${claim.busy.runId} (started ${claim.busy.startedAt.toISOString()}) is still going; waiting up to ${formatWait(options.waitMs)} for it to finish`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs ?? 1_000, Math.max(0, options.waitMs - (Date.now() - startedAt)))));
  }
}

export const formatWait = (ms: number) => (ms % 60_000 === 0 && ms >= 60_000 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`);
