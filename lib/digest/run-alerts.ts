import { randomUUID } from "node:crypto";
import { settings } from "@/lib/platform/settings";
import { claimDelivery, ensureDigest, pendingRetries } from "@/lib/digest/deliveries";
import { takePeriodLock } from "@/lib/digest/period-lock";
import type { DigestResult, Options as RunOptions } from "@/lib/digest/run-digest";
import { alertsPeriod, sendAlert } from "@/lib/digest/alerts";
import { claimedChanges, unreportedChanges } from "@/lib/digest/watched-changes";

type Options = Omit<RunOptions, "cadence" | "timeZone" | "onDryRun"> & { onDryRun?: (line: { email: string; watched: number }) => void };

/**
 * The alerts of the hour `now` falls in: each active subscriber whose cadence is "alerts" (no
 * digest) and who has unreported changes of papers they watch gets one mail, exactly once, by the
 * digest's own machinery: a DigestDelivery per (subscriber, hour) claimed with its changes and
 * Message-ID before sending, the period lock, and the retry sweep for what the mail server
 * refused for now (lib/digest/retry-deliveries.ts sends alerts as alerts). A subscriber with
 * nothing to report gets no row at all (24 periods a day).
 */
export async function runAlerts(options: Options): Promise<DigestResult> {
  const { db, now } = options;
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const period = alertsPeriod(now);
  const result: DigestResult = { period: period.key, sent: 0, skipped: 0, failed: 0, deferred: 0, alreadyDone: 0, pending: 0, nextAttemptAt: null };
  const digest = await ensureDigest(db, period);
  const lock = options.dryRun ? null : await takePeriodLock(options.databaseUrl, digest.id, options.lockWaitMs ?? 120_000);
  const summary = async () => {
    const { pending, nextAttemptAt } = await pendingRetries(db, digest.id);
    return { pending, nextAttemptAt: nextAttemptAt?.toISOString() ?? null };
  };
  if (!options.dryRun && !lock) return { ...result, ...(await summary()), busy: true };
  try {
    const runId = randomUUID();
    const context = {
      db,
      transport: options.transport,
      renders: new Map(),
      clock,
      attempts: options.attemptsPerRun ?? 3,
      retryDelayMs: options.retryDelayMs ?? 1000,
      retryBaseMs: options.retryBaseMs ?? settings().DIGEST_RETRY_SECONDS * 1000,
    };
    let cursor: string | undefined;
    for (;;) {
      const subscribers = await db.subscriber.findMany({
        where: { status: "active", pausedAt: null, cadence: "alerts", watches: { some: {} }, ...(options.to ? { email: options.to.toLowerCase() } : {}) },
        orderBy: { id: "asc" },
        take: options.pageSize ?? 500,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (subscribers.length === 0) break;
      cursor = subscribers.at(-1)!.id;
      const watched = await unreportedChanges(db, subscribers.map((s) => s.id), digest.id);
      const queue = subscribers.filter((s) => watched.has(s.id));
      const worker = async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const changes = watched.get(subscriber.id)!;
          if (options.dryRun) {
            options.onDryRun?.({ email: subscriber.email, watched: changes.length });
            continue;
          }
          const claim = await claimDelivery(db, {
            digestId: digest.id,
            subscriberId: subscriber.id,
            runId,
            messageId: `<alerts.${digest.id}.${subscriber.id}@sparse-digest>`,
            paperIds: [],
            changeIds: changes.map((c) => c.id),
            status: "claimed",
            now: clock(),
          });
          if (!claim) {
            result.alreadyDone++;
            continue;
          }
          if (claim.status === "skipped") {
            result.skipped++; // another digest's delivery took every change meanwhile
            continue;
          }
          result[await sendAlert(context, claim, subscriber, await claimedChanges(db, claim.changeIds, changes))]++;
        }
      };
      await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
    }
    return { ...result, ...(await summary()) };
  } finally {
    await lock?.release();
  }
}
