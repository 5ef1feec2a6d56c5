import type { Db } from "@/lib/db";
import type { DigestPeriod } from "@/lib/digest/period";

// The exactly-once state machine of one (subscriber, period) delivery, all in this file:
//
//   (none) --claim--> claimed --sent--> sent
//                        |  \--transient failure--> failed(nextAttemptAt) --claim--> claimed
//                        |  \--permanent failure--> failed(no retry)
//                        \--owner died--> claimed (reclaimed by the next run)
//   (none) --nothing to send--> skipped
//
// The unique (subscriberId, digestId) key makes a second claim collide. The Message-ID and the
// papers are fixed at the first claim, so a resend after an unknown outcome is the same message.
// Only one run per digest is alive at a time (see run-digest.ts), so a claim held by another
// run id belongs to a dead run and may be taken over.

export type Claim = { id: number; messageId: string; paperIds: number[]; attempts: number };

/**
 * The period's Digest row, created by whichever run gets there first. One statement, so two
 * hosts starting the period at once both get the row (Prisma's upsert reads, then inserts, and
 * the loser of that race failed on the unique periodKey).
 */
export async function ensureDigest(db: Db, period: DigestPeriod): Promise<{ id: number }> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Digest" ("cadence", "periodKey", "periodStart", "periodEnd")
    VALUES (${period.cadence}::"Cadence", ${period.key}, ${period.start}, ${period.end})
    ON CONFLICT ("periodKey") DO UPDATE SET "periodKey" = EXCLUDED."periodKey"
    RETURNING "id"`;
  return rows[0];
}

export async function claimDelivery(
  db: Db,
  args: { digestId: number; subscriberId: string; runId: string; messageId: string; paperIds: number[]; status: "claimed" | "skipped"; now: Date },
): Promise<Claim | null> {
  const rows = await db.$queryRaw<Claim[]>`
    INSERT INTO "DigestDelivery" AS d ("digestId", "subscriberId", "status", "messageId", "paperIds", "claimedAt", "claimedBy")
    VALUES (${args.digestId}, ${args.subscriberId}, ${args.status}::"DeliveryStatus", ${args.messageId}, ${args.paperIds}::int[], ${args.now}, ${args.runId})
    ON CONFLICT ("subscriberId", "digestId") DO UPDATE SET "status" = 'claimed', "claimedAt" = ${args.now}, "claimedBy" = ${args.runId}
    WHERE (d."status" = 'claimed' AND d."claimedBy" IS DISTINCT FROM ${args.runId})
       OR (d."status" = 'failed' AND d."nextAttemptAt" IS NOT NULL AND d."nextAttemptAt" <= ${args.now})
    RETURNING d."id", d."messageId", d."paperIds", d."attempts"`;
  return rows[0] ?? null;
}

export async function markSent(db: Db, claim: Claim, subscriberId: string, now: Date) {
  await db.$transaction([
    db.digestDelivery.update({ where: { id: claim.id }, data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null, nextAttemptAt: null } }),
    db.subscriber.update({ where: { id: subscriberId }, data: { hardBounces: 0 } }),
  ]);
}

const RETRY_BASE_MS = 5 * 60_000;
export const BOUNCES_BEFORE_BOUNCED = 3;

/** A 4xx, a timeout or a refused connection: try again later, with backoff. */
export async function markTransientFailure(db: Db, claim: Claim, error: string, now: Date) {
  const delay = RETRY_BASE_MS * 2 ** Math.min(claim.attempts, 6);
  await db.digestDelivery.update({
    where: { id: claim.id },
    data: { status: "failed", attempts: { increment: 1 }, lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + delay) },
  });
}

/** A 5xx: never retried; repeated ones mark the subscriber bounced. */
export async function markPermanentFailure(db: Db, claim: Claim, subscriberId: string, error: string) {
  await db.$transaction(async (tx) => {
    await tx.digestDelivery.update({ where: { id: claim.id }, data: { status: "failed", attempts: { increment: 1 }, lastError: error.slice(0, 500), nextAttemptAt: null } });
    const subscriber = await tx.subscriber.update({ where: { id: subscriberId }, data: { hardBounces: { increment: 1 } } });
    if (subscriber.hardBounces >= BOUNCES_BEFORE_BOUNCED) await tx.subscriber.update({ where: { id: subscriberId }, data: { status: "bounced" } });
  });
}

/** Papers already sent to these subscribers in earlier periods ("none they were sent before"). */
export async function papersSentBefore(db: Db, subscriberIds: string[], digestId: number): Promise<Map<string, Set<number>>> {
  const rows = await db.$queryRaw<{ subscriberId: string; paperId: number }[]>`
    SELECT d."subscriberId", unnest(d."paperIds") AS "paperId" FROM "DigestDelivery" d
    WHERE d."subscriberId" = ANY(${subscriberIds}::text[]) AND d."status" = 'sent' AND d."digestId" <> ${digestId}`;
  const sent = new Map<string, Set<number>>();
  for (const row of rows) sent.set(row.subscriberId, (sent.get(row.subscriberId) ?? new Set()).add(row.paperId));
  return sent;
}
