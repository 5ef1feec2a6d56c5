import type { Db } from "@/lib/platform/database";
import { claimRunWaiting, formatWait } from "@/lib/ingest/claim-run";
import type { Conditional } from "@/lib/ingest/fetch-feed";
import type { PaperInput } from "@/lib/ingest/schemas";
import type { IngestAdapter } from "@/lib/ingest/source";
import { storePapers } from "@/lib/ingest/store-papers";
import type { UpsertCounts } from "@/lib/ingest/upsert-papers";

export type IngestCounts = { fetched: number; created: number; updated: number; skipped: number; failed: number };
export type SourceOutcome = IngestCounts & { source: string; status: "succeeded" | "failed" | "busy"; firstError: string | null };
export type IngestResult = IngestCounts & { sources: SourceOutcome[] };

type Options = {
  db: Db;
  sources: IngestAdapter[];
  now?: Date;
  batchSize?: number;
  /** Off for benchmarks that measure storage alone. */
  tag?: boolean;
  log?: (line: string) => void;
  onProgress?: (source: string, done: number, total: number | null) => void;
  /**
   * How long to wait for a run of the same source in progress elsewhere. 0 (the worker): skip
   * it, "busy". A one-shot ingest waits, since its papers are not the ones that run is reading.
   */
  waitForBusyMs?: number;
};

const WRITERS = 2;
const zero = (): IngestCounts => ({ fetched: 0, created: 0, updated: 0, skipped: 0, failed: 0 });

/**
 * Runs each source once, one after another; a failing source is recorded and the next one runs.
 * Items are written in batches as they arrive (one batch in flight while the next is read), a
 * rejected item is logged and counted, and every run lands in IngestRun for /status.
 */
export async function runIngest({ db, sources, now = new Date(), batchSize = 500, tag = true, log = console.log, onProgress, waitForBusyMs = 0 }: Options): Promise<IngestResult> {
  const outcomes: SourceOutcome[] = [];
  for (const source of sources) outcomes.push(await runSource(source, { db, now, batchSize, tag, log, onProgress, waitForBusyMs }));
  const total = zero();
  for (const outcome of outcomes) for (const key of Object.keys(total) as (keyof IngestCounts)[]) total[key] += outcome[key];
  return { ...total, sources: outcomes };
}

async function runSource(source: IngestAdapter, options: Required<Omit<Options, "sources" | "onProgress">> & Pick<Options, "onProgress">): Promise<SourceOutcome> {
  const { db, now, batchSize, tag, log } = options;
  const claim = await claimRunWaiting(db, source, now, { waitMs: options.waitForBusyMs, log });
  if ("busy" in claim) {
    const waited = options.waitForBusyMs > 0 ? ` after waiting ${formatWait(options.waitForBusyMs)}` : "";
    const message = `run ${claim.busy.runId} of this source (started ${claim.busy.startedAt.toISOString()}) is still going${waited}; nothing was read`;
    log(`${source.id}: ${message}`);
    return { source: source.id, status: "busy", firstError: message, ...zero() };
  }
  const { runId } = claim;
  const counts = zero();
  let firstError: string | null = null;
  const noteError = (message: string) => {
    firstError ??= message.slice(0, 1_000);
  };
  const stored = await db.ingestSource.findUnique({ where: { id: source.id }, select: { etag: true, lastModified: true } });
  let nextConditional: Conditional | null = null;
  // Two batches in flight on two connections: parsing overlaps writing, PostgreSQL's work
  // (the search trigger dominates) spreads over two cores, and memory stays bounded.
  const inFlight = new Set<Promise<void>>();
  let batch: PaperInput[] = [];
  const flush = async () => {
    while (inFlight.size >= WRITERS) await Promise.race(inFlight);
    const papers = batch;
    batch = [];
    const write: Promise<void> = writeBatch(db, papers, now, tag, (line) => (log(line), noteError(line))).then((result) => {
      counts.created += result.created;
      counts.updated += result.updated;
      counts.skipped += result.skipped;
      counts.failed += result.failed;
      inFlight.delete(write);
    });
    inFlight.add(write);
  };
  const drain = () => Promise.all(inFlight);

  let status: "succeeded" | "failed" = "succeeded";
  try {
    const context = {
      db,
      now,
      conditional: { etag: stored?.etag ?? null, lastModified: stored?.lastModified ?? null },
      saveConditional: (c: Conditional) => void (nextConditional = c),
      log,
      onProgress: options.onProgress && ((done: number, total: number | null) => options.onProgress!(source.id, done, total)),
    };
    for await (const item of source.read(context)) {
      counts.fetched++;
      if (item.ok) {
        batch.push(item.paper);
        if (batch.length >= batchSize) await flush();
      } else {
        counts.failed++;
        const line = `${source.id}: rejected ${item.ref}: ${item.reason}`;
        log(line);
        noteError(line);
      }
    }
    await flush();
    await drain();
  } catch (error) {
    status = "failed";
    await drain().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    log(`${source.id}: run failed: ${message}`);
    firstError = message.slice(0, 1_000); // the run's cause matters more than an earlier item's
  }
  const finishedAt = new Date();
  await db.ingestRun.update({ where: { id: runId }, data: { ...counts, status, finishedAt, firstError } });
  if (status === "succeeded") {
    await db.ingestSource.update({
      where: { id: source.id },
      data: { lastSuccessAt: finishedAt, ...(nextConditional ? (nextConditional as Conditional) : {}) },
    });
  }
  log(`${source.id}: ${status}: fetched ${counts.fetched}, created ${counts.created}, updated ${counts.updated}, skipped ${counts.skipped}, failed ${counts.failed}`);
  return { source: source.id, status, firstError, ...counts };
}

/** A batch the database refuses is retried paper by paper, so one bad row costs only itself. */
async function writeBatch(db: Db, papers: PaperInput[], now: Date, tag: boolean, report: (line: string) => void): Promise<UpsertCounts & { failed: number }> {
  if (papers.length === 0) return { created: 0, updated: 0, skipped: 0, failed: 0 };
  try {
    return { ...(await storePapers(db, papers, now, { tag })), failed: 0 };
  } catch (error) {
    if (papers.length === 1) {
      report(`rejected ${papers[0].arxivId}: the database refused it: ${(error as Error).message.split("\n").at(-1)}`);
      return { created: 0, updated: 0, skipped: 0, failed: 1 };
    }
    const total = { created: 0, updated: 0, skipped: 0, failed: 0 };
    for (const paper of papers) {
      const result = await writeBatch(db, [paper], now, tag, report);
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += result[key];
    }
    return total;
  }
}
