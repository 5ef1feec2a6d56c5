import { beforeEach, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "@/lib/digest/deliveries";
import { takePeriodLock } from "@/lib/digest/period-lock";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import { db } from "@/tests/helpers/db";
import { expectExactlyOnce, seedDigestWorld } from "@/tests/helpers/digest-world";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";

const NOW = new Date("2026-11-30T07:00:00Z"); // Monday: the weekly digest covers 23-29 Nov
const HOUR = 3_600_000;
const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();
const run = (now: Date) => runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now, attemptsPerRun: 1, concurrency: 1, retryBaseMs: 5 * 60_000 });
const retry = (now: Date) => retryDeliveries({ db, databaseUrl, transport: suite.transport, now, retryBaseMs: 5 * 60_000 });

beforeEach(async () => {
  suite.smtp.inbox.length = 0;
  suite.smtp.refuse(null);
  await seedDigestWorld({ subscribers: 12, cadence: "weekly", publishedAt: [new Date("2026-11-25T10:00:00Z")] });
});

describe("retryDeliveries", () => {
  it("sends what an outage deferred once its retry time comes, with backoff while it lasts, exactly once", async () => {
    suite.smtp.outageAfter(4, 60 * 60_000);
    const first = await run(NOW);
    expect(first).toMatchObject({ sent: 4, deferred: 8, failed: 0, pending: 8 });
    expect(await retry(NOW)).toMatchObject({ digests: 0, sent: 0, pending: 8 }); // not due yet

    const during = await retry(new Date(NOW.getTime() + HOUR)); // still down: deferred again, later
    expect(during).toMatchObject({ digests: 1, sent: 0, deferred: 8, pending: 8 });
    const waiting = await db.digestDelivery.findMany({ where: { status: "failed" } });
    for (const d of waiting) {
      expect(d.attempts).toBe(2);
      expect(d.nextAttemptAt!.getTime() - NOW.getTime()).toBeGreaterThanOrEqual(HOUR + 10 * 60_000); // 5 min, then 10
    }

    suite.smtp.refuse(null);
    const after = await retry(new Date(NOW.getTime() + 2 * HOUR));
    expect(after).toMatchObject({ digests: 1, sent: 8, deferred: 0, pending: 0, nextAttemptAt: null });
    await expectExactlyOnce(suite.smtp.inbox, 12);
    expect(await retry(new Date(NOW.getTime() + 3 * HOUR))).toMatchObject({ digests: 0, sent: 0 });
  });

  it("takes over a dead run's claims with their Message-ID, and leaves a period whose run is alive", async () => {
    await run(NOW);
    const digest = await db.digest.findFirstOrThrow();
    // As a run killed between claim and send leaves it: claimed by a run id nobody holds.
    const orphan = await db.digestDelivery.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.digestDelivery.update({ where: { id: orphan.id }, data: { status: "claimed", claimedBy: "dead-run", sentAt: null } });
    suite.smtp.inbox.length = 0;

    const alive = await takePeriodLock(databaseUrl, digest.id, 0);
    expect(await retry(NOW)).toMatchObject({ digests: 0, busy: 1, sent: 0 });
    await alive!.release();

    expect(await retry(NOW)).toMatchObject({ digests: 1, busy: 0, sent: 1 });
    expect(suite.smtp.inbox.map((m) => m.messageId)).toEqual([orphan.messageId]);
  });

  it("sends nothing to a subscriber who left before the retry, and gives up after the last attempt", async () => {
    suite.smtp.outageAfter(0, 60 * 60_000);
    await run(NOW);
    const [gone, tired] = await db.digestDelivery.findMany({ orderBy: { id: "asc" }, take: 2, include: { subscriber: true } });
    await db.subscriber.update({ where: { id: gone.subscriberId }, data: { status: "unsubscribed" } });
    await db.digestDelivery.updateMany({ where: { id: { not: tired.id } }, data: { nextAttemptAt: new Date(NOW.getTime() + 100 * HOUR) } });
    await db.digestDelivery.update({ where: { id: gone.id }, data: { nextAttemptAt: NOW } });
    await db.digestDelivery.update({ where: { id: tired.id }, data: { attempts: MAX_ATTEMPTS - 1 } });

    expect(await retry(new Date(NOW.getTime() + HOUR))).toMatchObject({ digests: 1, skipped: 1, failed: 1, deferred: 0, pending: 10 });
    expect(await db.digestDelivery.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ status: "skipped", nextAttemptAt: null, lastError: "not retried: the subscriber is unsubscribed" });
    const givenUp = await db.digestDelivery.findUniqueOrThrow({ where: { id: tired.id } });
    expect(givenUp).toMatchObject({ status: "failed", nextAttemptAt: null, attempts: MAX_ATTEMPTS });
    expect(givenUp.lastError).toMatch(/^gave up after 10 attempts: 421 /);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: tired.subscriberId } })).hardBounces).toBe(0); // an outage is not a bounce
    expect(suite.smtp.inbox).toHaveLength(0);
  });
});

describe("runDigest and the period lock", () => {
  it("a run that finds its period held waits for the holder, then finds nothing left to do", async () => {
    await run(NOW);
    const digest = await db.digest.findFirstOrThrow();
    const holder = await takePeriodLock(databaseUrl, digest.id, 0);
    setTimeout(() => void holder!.release(), 300);
    const started = Date.now();
    const second = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(second).toMatchObject({ sent: 0, alreadyDone: 12 });
    expect(second.busy).toBeUndefined();
  });

  it("returns busy when the holder outlasts lockWaitMs", async () => {
    const digest = await db.digest.create({ data: { cadence: "weekly", periodKey: "weekly:2026-W48", periodStart: new Date("2026-11-23T00:00:00Z"), periodEnd: new Date("2026-11-30T00:00:00Z") } });
    const holder = await takePeriodLock(databaseUrl, digest.id, 0);
    try {
      const result = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW, lockWaitMs: 200 });
      expect(result).toMatchObject({ busy: true, sent: 0 });
    } finally {
      await holder!.release();
    }
  });
});
