import type { Db } from "@/lib/db";
import type { SourceId } from "@/lib/ingest/schemas";

/** A run still "running" after this long died with its worker; the next claim takes over. */
export const STALE_RUN_MS = 2 * 3600_000;

/**
 * Starts a run of one source unless another is in progress: the advisory lock serialises
 * claims across workers and processes, the running row holds the source until it finishes.
 * Returns the run id, or null when the source is busy.
 */
export async function claimRun(db: Db, sourceId: SourceId, expectedEveryHours: number, now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ingest:${sourceId}`}))`;
    await tx.ingestSource.upsert({ where: { id: sourceId }, create: { id: sourceId, expectedEveryHours }, update: {} });
    const staleBefore = new Date(now.getTime() - STALE_RUN_MS);
    const busy = await tx.ingestRun.findFirst({ where: { sourceId, status: "running", startedAt: { gt: staleBefore } }, select: { id: true } });
    if (busy) return null;
    await tx.ingestRun.updateMany({
      where: { sourceId, status: "running" },
      data: { status: "failed", finishedAt: now, firstError: "abandoned: the worker stopped before finishing" },
    });
    const run = await tx.ingestRun.create({ data: { sourceId, startedAt: now }, select: { id: true } });
    await tx.ingestSource.update({ where: { id: sourceId }, data: { lastRunAt: now } });
    return run.id;
  });
}
