// Votes per client: a token bucket per client address, held in PostgreSQL so that every web
// process draws from the same bucket (two servers must not allow twice the rate) and one client
// emptying its bucket leaves everyone else's alone. Ten votes at once, then one every two seconds.
// One statement takes a token: the upsert locks the client's row, so concurrent votes of one
// client, in any process, queue on it and never both take the last token.
import type { Db } from "@/lib/platform/database";

export const VOTE_BURST = 10;
const REFILL_PER_SECOND = 0.5;
// A bucket untouched this long has refilled completely: its row can go.
const FULL_AFTER_MS = (VOTE_BURST / REFILL_PER_SECOND) * 1000;

/**
 * Takes one token from the client's bucket; false when it is empty. `clientKey` is a keyed hash
 * of the client (never the raw address); `now` is for tests, else PostgreSQL's clock, the one
 * clock all web processes share.
 */
export async function takeVoteToken(db: Db, clientKey: string, now?: Date): Promise<boolean> {
  const at = now ?? null;
  const rows = await db.$queryRaw<{ tokens: number }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "tokens", "updatedAt")
    VALUES (${clientKey}, ${VOTE_BURST - 1}, COALESCE(${at}::timestamptz, now()))
    ON CONFLICT ("key") DO UPDATE
      SET "tokens" = LEAST(${VOTE_BURST}, b."tokens" + GREATEST(0, EXTRACT(EPOCH FROM COALESCE(${at}::timestamptz, now()) - b."updatedAt")) * ${REFILL_PER_SECOND}) - 1,
          "updatedAt" = GREATEST(b."updatedAt", COALESCE(${at}::timestamptz, now()))
      WHERE LEAST(${VOTE_BURST}, b."tokens" + GREATEST(0, EXTRACT(EPOCH FROM COALESCE(${at}::timestamptz, now()) - b."updatedAt")) * ${REFILL_PER_SECOND}) >= 1
    RETURNING "tokens"`;
  return rows.length === 1;
}

/** Deletes buckets that have refilled completely (they mean the same as no row). */
export async function deleteFullBuckets(db: Db, now = new Date()): Promise<number> {
  return db.rateLimitBucket.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - FULL_AFTER_MS) } } }).then((r) => r.count);
}
