import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/database";
import { settings } from "@/lib/platform/settings";
import type { RenderCache } from "@/lib/digest/compose-digest";
import { getAuthorCandidates, getCandidates, getPapersByIds } from "@/lib/digest/candidates";
import { leftOutPapers } from "@/lib/digest/exclusions";
import { followedKeys } from "@/lib/authors/follows";
import { claimDelivery, ensureDigest, papersSentBefore, pendingRetries } from "@/lib/digest/deliveries";
import { digestPeriod } from "@/lib/digest/period";
import type { Cadence } from "@/lib/subscriptions/cadence";
import { takePeriodLock } from "@/lib/digest/period-lock";
import { selectDigest } from "@/lib/digest/select-papers";
import { sendDelivery } from "@/lib/digest/send-delivery";
import type { MailTransport } from "@/lib/mail/transport";
import { claimedChanges, unreportedChanges } from "@/lib/digest/watched-changes";

export type DigestResult = {
  period: string;
  /** This run: sent, skipped (nothing to send), failed for good (5xx, or out of attempts). */
  sent: number;
  skipped: number;
  failed: number;
  /** This run: refused for now (4xx, timeout); the worker retries them at their nextAttemptAt. */
  deferred: number;
  /** Claimed by an earlier run: sent, skipped, failed, or waiting for a retry. */
  alreadyDone: number;
  /** The whole period: deliveries waiting for a retry, and the earliest retry (ISO time). */
  pending: number;
  nextAttemptAt: string | null;
  busy?: boolean;
};
export type DryRunLine = { email: string; papers: string[]; watched?: number };

/** What runs a period's deliveries: a digest (below) or an hour's alerts (run-alerts.ts). */
export type Options = {
  db: Db;
  /** The same database, for the period lock: a session lock needs its own connection. */
  databaseUrl: string;
  transport: MailTransport;
  cadence: Cadence;
  now: Date;
  timeZone?: string;
  /** Only this address (must be an active subscriber). */
  to?: string;
  dryRun?: boolean;
  onDryRun?: (line: DryRunLine) => void;
  pageSize?: number;
  concurrency?: number;
  /** Attempts within this run for a transient failure before deferring it to a retry. */
  attemptsPerRun?: number;
  retryDelayMs?: number;
  /** First delay of a deferred delivery's retry (doubling); DIGEST_RETRY_SECONDS by default. */
  retryBaseMs?: number;
  /** How long to wait for a run or retry sweep of the same period to finish before returning `busy`. */
  lockWaitMs?: number;
};

/**
 * Sends each active subscriber of a cadence their digest for the period `now` falls after,
 * exactly once. One run or retry sweep per period is alive at a time (takePeriodLock): a second
 * run waits for the first (up to lockWaitMs, else it returns `busy`), then finds its deliveries
 * done; a killed run's lock vanishes with its connection, so whoever comes next takes over its claims.
 * Deliveries refused for now are left to the worker's retry sweep (retry-deliveries.ts).
 */
export async function runDigest(options: Options): Promise<DigestResult> {
  const { db, cadence, now } = options;
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const period = digestPeriod(cadence, now, options.timeZone);
  const result: DigestResult = { period: period.key, sent: 0, skipped: 0, failed: 0, deferred: 0, alreadyDone: 0, pending: 0, nextAttemptAt: null };
  const digest = await ensureDigest(db, period);

  const lock = options.dryRun ? null : await takePeriodLock(options.databaseUrl, digest.id, options.lockWaitMs ?? 120_000);
  if (!options.dryRun && !lock) return { ...result, ...(await pendingSummary(db, digest.id)), busy: true };
  try {
    const runId = randomUUID();
    const renders: RenderCache = new Map();
    const context = {
      db,
      transport: options.transport,
      renders,
      clock,
      attempts: options.attemptsPerRun ?? 3,
      retryDelayMs: options.retryDelayMs ?? 1000,
      retryBaseMs: options.retryBaseMs ?? settings().DIGEST_RETRY_SECONDS * 1000,
    };
    const candidates = await getCandidates(db, period);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    let cursor: string | undefined;
    for (;;) {
      const subscribers = await db.subscriber.findMany({
        where: { status: "active", pausedAt: null, cadence, ...(options.to ? { email: options.to.toLowerCase() } : {}) },
        orderBy: { id: "asc" },
        take: options.pageSize ?? 500,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (subscribers.length === 0) break;
      cursor = subscribers.at(-1)!.id;
      const ids = subscribers.map((s) => s.id);
      const sentBefore = await papersSentBefore(db, ids, digest.id);
      // Followed authors and saved exclusions, read once per page of subscribers.
      const follows = await followedKeys(db, ids);
      const authorPool = await getAuthorCandidates(db, period, [...new Set([...follows.values()].flat())]);
      for (const c of authorPool) if (!byId.has(c.id)) byId.set(c.id, c);
      const leftOut = await leftOutPapers(db, subscribers, [...candidates, ...authorPool]);
      const watched = await unreportedChanges(db, ids, digest.id);
      const queue = [...subscribers];
      const worker = async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const reader = { techniques: subscriber.techniques, follows: follows.get(subscriber.id) ?? [], authorsAnyTechnique: subscriber.authorsAnyTechnique };
          const { trending, byFollowed } = selectDigest(reader, candidates, authorPool, sentBefore.get(subscriber.id) ?? new Set(), leftOut.get(subscriber.id) ?? new Set());
          const papers = [...trending, ...byFollowed];
          const changes = watched.get(subscriber.id) ?? [];
          if (options.dryRun) {
            options.onDryRun?.({ email: subscriber.email, papers: papers.map((p) => p.arxivId), watched: changes.length });
            continue;
          }
          const empty = papers.length === 0 && changes.length === 0 && !subscriber.sendEmpty;
          const claim = await claimDelivery(db, {
            digestId: digest.id,
            subscriberId: subscriber.id,
            runId,
            messageId: `<digest.${digest.id}.${subscriber.id}@sparse-digest>`,
            paperIds: papers.map((p) => p.id),
            authorPaperIds: byFollowed.map((p) => p.id),
            changeIds: changes.map((c) => c.id),
            status: empty ? "skipped" : "claimed",
            sendEmpty: subscriber.sendEmpty,
            now: clock(),
          });
          if (!claim) {
            result.alreadyDone++;
            continue;
          }
          if (claim.status === "skipped") {
            result.skipped++;
            continue;
          }
          // A reclaimed delivery resends the papers and changes chosen at its first claim, under the same Message-ID.
          const chosen = claim.paperIds.every((id) => byId.has(id)) ? claim.paperIds.map((id) => byId.get(id)!) : await getPapersByIds(db, claim.paperIds);
          const reported = await claimedChanges(db, claim.changeIds, changes);
          result[await sendDelivery(context, claim, { ...subscriber, cadence, follows: reader.follows }, chosen, period, reported)]++;
        }
      };
      await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
    }
    return { ...result, ...(await pendingSummary(db, digest.id)) };
  } finally {
    await lock?.release();
  }
}

async function pendingSummary(db: Db, digestId: number) {
  const { pending, nextAttemptAt } = await pendingRetries(db, digestId);
  return { pending, nextAttemptAt: nextAttemptAt?.toISOString() ?? null };
}
