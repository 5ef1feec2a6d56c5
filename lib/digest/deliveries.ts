import { type Db, Prisma } from "@/lib/platform/database";
import type { DigestPeriod } from "@/lib/digest/period";

// The exactly-once state machine of one (subscriber, period) delivery, all in this file:
//
//   (none) --claim--> claimed --sent--> sent
//                        |  \--transient failure--> failed(nextAttemptAt) --claim or reclaimDue--> claimed
//                        |  \--permanent failure, or out of attempts--> failed(no retry)
//                        |  \--subscriber left before a retry--> skipped
//                        \--owner died--> claimed (reclaimed by the next run or retry sweep)
//   (none) --nothing to send--> skipped
//
// The unique (subscriberId, digestId) key makes a second claim collide. The Message-ID and the
// papers are fixed at the first claim, so a resend after an unknown outcome is the same message.
// Only one run or retry sweep per digest is alive at a time (it holds the period lock,
// period-lock.ts), so a claim held by another run id belongs to a dead run and may be taken over.
//
// Changes of watched papers (PaperChange, lib/watches/) ride in deliveries too, fixed at the
// first claim like the papers: a change is reported by the one delivery that holds it (sent, or
// claimed, or waiting for a retry). A delivery that failed for good or was skipped releases its
// changes to a later one. Deliveries of different digests (a weekly digest, an hourly alert) can
// race for a subscriber's changes when the subscriber switches cadence mid-run, so a claim that
// carries changes takes the subscriber's row lock and drops those another digest's delivery holds.

/** `authorPaperIds`: the papers of "From authors you follow", also in paperIds. */
export type Claim = { id: number; status: "claimed" | "skipped"; messageId: string; paperIds: number[]; authorPaperIds: number[]; changeIds: number[]; attempts: number };

/** SQL: delivery `d` holds its papers and changes (sent, or still on its way: claimed, or waiting for a retry). */
export const HOLDS_ITS_CONTENT = Prisma.sql`(d."status" IN ('sent', 'claimed') OR (d."status" = 'failed' AND d."nextAttemptAt" IS NOT NULL))`;

/**
 * The period's Digest row, created by whichever run gets there first. One statement, so two
 * hosts starting the period at once both get the row (Prisma's upsert reads, then inserts, and
 * the loser of that race failed on the unique periodKey).
 */
export async function ensureDigest(db: Db, period: Omit<DigestPeriod, "cadence"> & { cadence: DigestPeriod["cadence"] | "alerts" }): Promise<{ id: number }> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Digest" ("cadence", "periodKey", "periodStart", "periodEnd")
    VALUES (${period.cadence}::"Cadence", ${period.key}, ${period.start}, ${period.end})
    ON CONFLICT ("periodKey") DO UPDATE SET "periodKey" = EXCLUDED."periodKey"
    RETURNING "id"`;
  return rows[0];
}

type ClaimArgs = {
  digestId: number;
  subscriberId: string;
  runId: string;
  messageId: string;
  paperIds: number[];
  authorPaperIds?: number[];
  /** PaperChange ids to report; those another digest's delivery holds by now are dropped. */
  changeIds?: number[];
  status: "claimed" | "skipped";
  /** Send even when nothing is left to report (the subscriber's "nothing new" note). */
  sendEmpty?: boolean;
  now: Date;
};
type Sql = Pick<Db, "$queryRaw">;

/**
 * The first claim of a (subscriber, digest) delivery, or the takeover of one whose run died or
 * whose retry is due; null when another run holds it or it is done. A takeover returns the
 * papers, changes and Message-ID of the first claim, and `status` says whether to send.
 */
export async function claimDelivery(db: Db, args: ClaimArgs): Promise<Claim | null> {
  if (!args.changeIds?.length) return insertClaim(db, { ...args, changeIds: [] });
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Subscriber" WHERE "id" = ${args.subscriberId} FOR UPDATE`;
    const held = await tx.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT unnest(d."changeIds") AS "id" FROM "DigestDelivery" d
      WHERE d."subscriberId" = ${args.subscriberId} AND d."digestId" <> ${args.digestId} AND ${HOLDS_ITS_CONTENT}
        AND d."changeIds" && ${args.changeIds}::int[]`;
    const taken = new Set(held.map((r) => r.id));
    const changeIds = args.changeIds!.filter((id) => !taken.has(id));
    const nothingLeft = args.status === "claimed" && !args.paperIds.length && !changeIds.length && !args.sendEmpty;
    return insertClaim(tx, { ...args, changeIds, status: nothingLeft ? "skipped" : args.status });
  });
}

async function insertClaim(db: Sql, args: ClaimArgs & { changeIds: number[] }): Promise<Claim | null> {
  const rows = await db.$queryRaw<Claim[]>`
    INSERT INTO "DigestDelivery" AS d ("digestId", "subscriberId", "status", "messageId", "paperIds", "authorPaperIds", "changeIds", "claimedAt", "claimedBy")
    VALUES (${args.digestId}, ${args.subscriberId}, ${args.status}::"DeliveryStatus", ${args.messageId}, ${args.paperIds}::int[], ${args.authorPaperIds ?? []}::int[], ${args.changeIds}::int[], ${args.now}, ${args.runId})
    ON CONFLICT ("subscriberId", "digestId") DO UPDATE SET "status" = 'claimed', "claimedAt" = ${args.now}, "claimedBy" = ${args.runId}
    WHERE (d."status" = 'claimed' AND d."claimedBy" IS DISTINCT FROM ${args.runId})
       OR (d."status" = 'failed' AND d."nextAttemptAt" IS NOT NULL AND d."nextAttemptAt" <= ${args.now})
    RETURNING d."id", d."status"::text AS "status", d."messageId", d."paperIds", coalesce(d."authorPaperIds", '{}') AS "authorPaperIds", coalesce(d."changeIds", '{}') AS "changeIds", d."attempts"`;
  return rows[0] ?? null;
}

/** Digests with a retry due or a claim whose run may have died (the caller checks the lock). */
export async function digestsWithDueWork(db: Db, now: Date): Promise<number[]> {
  const rows = await db.$queryRaw<{ digestId: number }[]>`
    SELECT DISTINCT d."digestId" FROM "DigestDelivery" d
    WHERE (d."status" = 'failed' AND d."nextAttemptAt" <= ${now}) OR d."status" = 'claimed'
    ORDER BY d."digestId"`;
  return rows.map((r) => r.digestId);
}

/**
 * The retry sweep's claim: up to `limit` deliveries of a digest whose retry is due or whose run
 * died, taken by `runId`. Same conditions as claimDelivery's takeover, so the two never both win.
 */
export async function reclaimDue(db: Db, args: { digestId: number; runId: string; now: Date; limit: number }): Promise<(Claim & { subscriberId: string })[]> {
  return db.$queryRaw`
    UPDATE "DigestDelivery" AS d SET "status" = 'claimed', "claimedAt" = ${args.now}, "claimedBy" = ${args.runId}
    WHERE d."id" IN (
        SELECT "id" FROM "DigestDelivery" WHERE "digestId" = ${args.digestId}
          AND (("status" = 'failed' AND "nextAttemptAt" <= ${args.now}) OR ("status" = 'claimed' AND "claimedBy" IS DISTINCT FROM ${args.runId}))
        ORDER BY "id" LIMIT ${args.limit})
      AND ((d."status" = 'failed' AND d."nextAttemptAt" <= ${args.now}) OR (d."status" = 'claimed' AND d."claimedBy" IS DISTINCT FROM ${args.runId}))
    RETURNING d."id", d."subscriberId", d."status"::text AS "status", d."messageId", d."paperIds", coalesce(d."authorPaperIds", '{}') AS "authorPaperIds", coalesce(d."changeIds", '{}') AS "changeIds", d."attempts"`;
}

export async function markSent(db: Db, claim: Claim, subscriberId: string, now: Date) {
  await db.$transaction([
    db.digestDelivery.update({ where: { id: claim.id }, data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null, nextAttemptAt: null } }),
    db.subscriber.update({ where: { id: subscriberId }, data: { hardBounces: 0 } }),
  ]);
}

export const BOUNCES_BEFORE_BOUNCED = 3;
/** A delivery refused this many times in a row for transient reasons is given up. */
export const MAX_ATTEMPTS = 10;

/**
 * A 4xx, a timeout or a refused connection: retry at `now` + base × 2^attempts (capped at 64×);
 * after MAX_ATTEMPTS, give up (with the 5-minute default base, about 21 hours after the first
 * refusal: a digest later than that is worth less than the next one). Returns whether it gave up.
 */
export async function markTransientFailure(db: Db, claim: Claim, error: string, now: Date, retryBaseMs: number): Promise<"deferred" | "failed"> {
  const attempts = claim.attempts + 1;
  const giveUp = attempts >= MAX_ATTEMPTS;
  const nextAttemptAt = giveUp ? null : new Date(now.getTime() + retryBaseMs * 2 ** Math.min(claim.attempts, 6));
  const lastError = (giveUp ? `gave up after ${attempts} attempts: ${error}` : error).slice(0, 500);
  await db.digestDelivery.update({ where: { id: claim.id }, data: { status: "failed", attempts, lastError, nextAttemptAt } });
  return giveUp ? "failed" : "deferred";
}

/** A claimed retry whose subscriber unsubscribed, paused or bounced meanwhile: not sent. */
export async function markSkippedBeforeRetry(db: Db, claim: Claim, reason: string) {
  await db.digestDelivery.update({ where: { id: claim.id }, data: { status: "skipped", nextAttemptAt: null, lastError: reason.slice(0, 500) } });
}

/** Deliveries waiting for a retry (of one digest, or all), and the earliest retry time. */
export async function pendingRetries(db: Db, digestId?: number): Promise<{ pending: number; nextAttemptAt: Date | null }> {
  const [row] = await db.$queryRaw<{ pending: number; nextAttemptAt: Date | null }[]>`
    SELECT count(*)::int AS "pending", min(d."nextAttemptAt") AS "nextAttemptAt" FROM "DigestDelivery" d
    WHERE d."status" = 'failed' AND d."nextAttemptAt" IS NOT NULL AND (${digestId ?? null}::int IS NULL OR d."digestId" = ${digestId ?? null}::int)`;
  return row;
}

/** A 5xx: never retried; repeated ones mark the subscriber bounced. */
export async function markPermanentFailure(db: Db, claim: Claim, subscriberId: string, error: string) {
  await db.$transaction(async (tx) => {
    await tx.digestDelivery.update({ where: { id: claim.id }, data: { status: "failed", attempts: { increment: 1 }, lastError: error.slice(0, 500), nextAttemptAt: null } });
    const subscriber = await tx.subscriber.update({ where: { id: subscriberId }, data: { hardBounces: { increment: 1 } } });
    if (subscriber.hardBounces >= BOUNCES_BEFORE_BOUNCED) await tx.subscriber.update({ where: { id: subscriberId }, data: { status: "bounced" } });
  });
}

/**
 * Papers these subscribers got, or may still get, from other digests ("none they were sent
 * before"), whatever the cadence: sent, claimed (outcome unknown, or in flight), or waiting for a
 * retry. A daily digest deferred by an outage keeps its papers even if the subscriber switches to
 * weekly meanwhile, so the weekly one must leave them out. A paper keeps its row (and id) across
 * arXiv versions, so a v2 is the paper already sent.
 */
export async function papersSentBefore(db: Db, subscriberIds: string[], digestId: number): Promise<Map<string, Set<number>>> {
  const rows = await db.$queryRaw<{ subscriberId: string; paperId: number }[]>`
    SELECT d."subscriberId", unnest(d."paperIds") AS "paperId" FROM "DigestDelivery" d
    WHERE d."subscriberId" = ANY(${subscriberIds}::text[]) AND d."digestId" <> ${digestId} AND ${HOLDS_ITS_CONTENT}`;
  const sent = new Map<string, Set<number>>();
  for (const row of rows) sent.set(row.subscriberId, (sent.get(row.subscriberId) ?? new Set()).add(row.paperId));
  return sent;
}
