import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/database";
import { settings } from "@/lib/platform/settings";
import type { RenderCache } from "@/lib/digest/compose-digest";
import { getPapersByIds } from "@/lib/digest/candidates";
import { digestsWithDueWork, markSkippedBeforeRetry, pendingRetries, reclaimDue } from "@/lib/digest/deliveries";
import { digestPeriod, type DigestPeriod } from "@/lib/digest/period";
import { takePeriodLock } from "@/lib/digest/period-lock";
import { sendDelivery } from "@/lib/digest/send-delivery";
import type { MailTransport } from "@/lib/mail/transport";
import { followedKeys } from "@/lib/authors/follows";
import { sendAlert } from "@/lib/digest/alerts";
import { changesByIds } from "@/lib/digest/watched-changes";

export type RetryResult = {
  /** Digests whose due work this sweep took; `busy`: held by a run or sweep still alive. */
  digests: number;
  busy: number;
  sent: number;
  deferred: number;
  failed: number;
  /** Not sent: the subscriber unsubscribed, paused or bounced before the retry. */
  skipped: number;
  /** Every period: deliveries still waiting for a retry, and the earliest retry (ISO time). */
  pending: number;
  nextAttemptAt: string | null;
};

type Options = {
  db: Db;
  databaseUrl: string;
  transport: MailTransport;
  now: Date;
  timeZone?: string;
  retryBaseMs?: number;
  concurrency?: number;
  /** Time after which a sweep stops taking deliveries of a digest, so a run waiting for its lock gets in. */
  budgetMs?: number;
};

const PAGE = 100;

/**
 * The worker's retry sweep: sends every delivery whose nextAttemptAt has come, and takes over
 * the claims of runs that died, period by period under the period lock (a period whose run is
 * still alive is left to it). One attempt each: a refusal is deferred again with backoff, until
 * sent or failed for good. The papers and Message-ID are the ones fixed at the first claim.
 */
export async function retryDeliveries(options: Options): Promise<RetryResult> {
  const { db, now } = options;
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const result: RetryResult = { digests: 0, busy: 0, sent: 0, deferred: 0, failed: 0, skipped: 0, pending: 0, nextAttemptAt: null };
  for (const digestId of await digestsWithDueWork(db, now)) {
    const lock = await takePeriodLock(options.databaseUrl, digestId, 0);
    if (!lock) {
      result.busy++;
      continue;
    }
    try {
      result.digests++;
      await retryDigest(options, digestId, clock, result, startedAt + (options.budgetMs ?? 30_000));
    } finally {
      await lock.release();
    }
  }
  const { pending, nextAttemptAt } = await pendingRetries(db);
  return { ...result, pending, nextAttemptAt: nextAttemptAt?.toISOString() ?? null };
}

async function retryDigest(options: Options, digestId: number, clock: () => Date, result: RetryResult, deadline: number) {
  const { db } = options;
  const digest = await db.digest.findUniqueOrThrow({ where: { id: digestId } });
  // The label is recomputed in today's time zone; the key and bounds are the stored ones.
  // An alerts period (lib/digest/alerts.ts) has no digest wording: its mails are alerts.
  const { cadence } = digest;
  const period: DigestPeriod | null = cadence === "alerts" ? null : { ...digestPeriod(cadence, digest.periodEnd, options.timeZone), key: digest.periodKey, start: digest.periodStart, end: digest.periodEnd };
  const runId = randomUUID();
  const renders: RenderCache = new Map();
  const context = { db, transport: options.transport, renders, clock, attempts: 1, retryDelayMs: 0, retryBaseMs: options.retryBaseMs ?? settings().DIGEST_RETRY_SECONDS * 1000 };
  // Due as of the sweep's start: a delivery deferred again during this sweep waits for its new time.
  const dueAt = options.now;
  while (Date.now() < deadline) {
    const claims = await reclaimDue(db, { digestId, runId, now: dueAt, limit: PAGE });
    if (claims.length === 0) break;
    const subscribers = new Map((await db.subscriber.findMany({ where: { id: { in: claims.map((c) => c.subscriberId) } } })).map((s) => [s.id, s]));
    const papers = new Map((await getPapersByIds(db, [...new Set(claims.flatMap((c) => c.paperIds))])).map((p) => [p.id, p]));
    // Only to name the author in the section's lines: the section itself was fixed at the claim.
    const follows = await followedKeys(db, claims.map((c) => c.subscriberId));
    const changes = await changesByIds(db, claims.flatMap((c) => c.changeIds));
    const queue = [...claims];
    const worker = async () => {
      for (let claim = queue.shift(); claim; claim = queue.shift()) {
        const subscriber = subscribers.get(claim.subscriberId);
        if (!subscriber || subscriber.status !== "active" || subscriber.pausedAt) {
          await markSkippedBeforeRetry(db, claim, `not retried: the subscriber is ${subscriber?.pausedAt ? "paused" : (subscriber?.status ?? "gone")}`);
          result.skipped++;
          continue;
        }
        const chosen = claim.paperIds.map((id) => papers.get(id)).filter((p) => p !== undefined);
        const watched = claim.changeIds.map((id) => changes.get(id)).filter((c) => c !== undefined);
        // The period's cadence, even if the subscriber changed theirs since (the wording follows it).
        if (!period) result[await sendAlert(context, claim, subscriber, watched)]++;
        else result[await sendDelivery(context, claim, { ...subscriber, cadence: period.cadence, follows: follows.get(subscriber.id) ?? [] }, chosen, period, watched)]++;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  }
}
