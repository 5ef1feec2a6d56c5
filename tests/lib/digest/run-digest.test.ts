import { spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/platform/database";
import { digestPeriod } from "@/lib/digest/period";
import { runDigest } from "@/lib/digest/run-digest";
import { db } from "@/tests/helpers/db";
import { expectExactlyOnce as expectExactlyOnceIn, seedDigestWorld } from "@/tests/helpers/digest-world";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";

const NOW = new Date("2026-11-30T07:00:00Z"); // Monday: the weekly digest covers 23-29 Nov
const IN_PERIOD = new Date("2026-11-25T10:00:00Z");
const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();

async function seed(subscribers: number) {
  suite.smtp.inbox.length = 0;
  suite.smtp.refuse(null);
  await seedDigestWorld({ subscribers, cadence: "weekly", publishedAt: [IN_PERIOD] });
}

const expectExactlyOnce = (subscribers: number) => expectExactlyOnceIn(suite.smtp.inbox, subscribers);

describe("runDigest", () => {
  beforeEach(() => seed(6));

  it("sends each subscriber the top papers of their techniques only, with one-click unsubscribe headers", async () => {
    const result = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    expect(result).toMatchObject({ period: "weekly:2026-W48", sent: 6, failed: 0 });
    const mail = suite.smtp.inbox.find((m) => (m.to as { text: string }).text === "reader1@example.org")!;
    expect(mail.subject).toMatch(/^3 trending papers in Quantization: Week of 23 Nov 2026$/);
    expect(mail.text).toContain("Paper 7 on quantization");
    expect(mail.text).not.toMatch(/on moe|on kv-cache/);
    expect(mail.text).toMatch(/Quantization · 7 upvotes this week/);
    expect(mail.rawHeaders.get("list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\/manage\.[^>]+>, <mailto:unsubscribe@localhost\?subject=unsubscribe%20manage\.[^>]+>$/);
    expect(mail.rawHeaders.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.html).toContain("Unsubscribe");
  });

  it("sends nothing the second time, and a dry run sends nothing at all", async () => {
    const lines: string[] = [];
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW, dryRun: true, onDryRun: (l) => lines.push(l.email) });
    expect(lines).toHaveLength(6);
    expect(suite.smtp.inbox).toHaveLength(0);
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    const again = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: new Date(NOW.getTime() + 3_600_000) });
    expect(again).toMatchObject({ sent: 0, alreadyDone: 6 });
    await expectExactlyOnce(6);
  });

  it("never sends a paper twice to a subscriber across periods, and skips an empty period", async () => {
    await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW });
    await db.paper.updateMany({ data: { publishedAt: new Date("2026-12-02T10:00:00Z") } }); // same papers, next week
    const next = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: new Date("2026-12-07T07:00:00Z") });
    expect(next).toMatchObject({ sent: 0, skipped: 6 });
    expect(suite.smtp.inbox).toHaveLength(6);
  });

  it("retries an SMTP server that refuses for a while, and still sends exactly once", async () => {
    let refusals = 0;
    suite.smtp.refuse(() => (refusals++ < 10 ? { code: 421, message: "Try again later" } : null));
    const first = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: NOW, attemptsPerRun: 2, retryDelayMs: 20, concurrency: 2 });
    expect(first.deferred).toBeGreaterThan(0);
    expect(first).toMatchObject({ failed: 0, pending: first.deferred });
    const stillFailed = await db.digestDelivery.findFirstOrThrow({ where: { status: "failed" }, orderBy: { nextAttemptAt: "asc" } });
    expect(stillFailed.nextAttemptAt!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(first.nextAttemptAt).toBe(stillFailed.nextAttemptAt!.toISOString());
    const retry = await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: new Date(NOW.getTime() + 6 * 3_600_000), retryDelayMs: 20 });
    expect(retry).toMatchObject({ failed: 0, deferred: 0, pending: 0, nextAttemptAt: null });
    await expectExactlyOnce(6);
  });

  it("records a permanent refusal and marks a subscriber bounced after repeated ones", async () => {
    suite.smtp.refuse((to) => (to === "reader0@example.org" ? { code: 550, message: "No such user" } : null));
    for (const week of [0, 7, 14]) {
      await db.paper.create({ data: { arxivId: `2612.${week}0000`.slice(0, 10), title: `Fresh MoE ${week}`,
        publishedAt: new Date(IN_PERIOD.getTime() + week * 86_400_000), techniques: ["moe"], authors: [], categories: [], codeUrls: [] } });
      await runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now: new Date(NOW.getTime() + week * 86_400_000) });
    }
    const bounced = await db.subscriber.findUniqueOrThrow({ where: { email: "reader0@example.org" } });
    expect(bounced).toMatchObject({ status: "bounced", hardBounces: 3 });
    expect(await db.digestDelivery.count({ where: { subscriberId: bounced.id, status: "failed", nextAttemptAt: null } })).toBe(3);
  });
});

describe("two runs of a period's first digest at once", () => {
  it("neither fails and nothing is sent twice (20 periods, two clients at once each)", async () => {
    await seed(6);
    const other = createDb(databaseUrl, { max: 4 });
    try {
      for (let week = 0; week < 20; week++) {
        const now = new Date(NOW.getTime() + week * 7 * 86_400_000); // each pair starts a new period
        for (const [i, technique] of ["moe", "quantization", "kv-cache"].entries()) {
          const publishedAt = new Date(IN_PERIOD.getTime() + week * 7 * 86_400_000);
          await db.paper.create({ data: { arxivId: `2612.${String(week * 3 + i).padStart(5, "0")}`, title: `Week ${week} ${technique}`, publishedAt,
            techniques: [technique], authors: [], categories: [], codeUrls: [] } });
        }
        const runs = await Promise.allSettled([
          runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now }),
          runDigest({ db: other, databaseUrl, transport: suite.transport, cadence: "weekly", now }),
        ]);
        expect(runs.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok"]);
      }
      const messageIds = suite.smtp.inbox.map((m) => m.messageId);
      expect(messageIds).toHaveLength(6 * 20);
      expect(new Set(messageIds).size).toBe(messageIds.length);
      expect(await db.digestDelivery.count({ where: { status: "sent" } })).toBe(6 * 20);
    } finally {
      await other.$disconnect();
    }
  }, 120_000);
});

describe("runDigest killed at random points", () => {
  it("ends, after reruns, with exactly one digest per subscriber (20 kill -9 trials)", async () => {
    const subscribers = 40;
    await seed(subscribers);
    const run = (killAfterMs: number | null) =>
      new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/digest-child.ts"], {
          env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: suite.smtp.url, DIGEST_NOW: NOW.toISOString() },
          stdio: "ignore",
        });
        if (killAfterMs !== null) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
        child.once("exit", () => resolve());
      });
    let seedRandom = 42;
    const random = () => ((seedRandom = (seedRandom * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 20; trial++) await run(600 + Math.floor(random() * 1400));
    await run(null);
    await expectExactlyOnce(subscribers);
    expect(digestPeriod("weekly", NOW).key).toBe("weekly:2026-W48");
  }, 180_000);
});
