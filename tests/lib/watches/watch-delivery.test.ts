import { type ChildProcess, spawn } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { claimDelivery, ensureDigest } from "@/lib/digest/deliveries";
import { digestPeriod } from "@/lib/digest/period";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import { alertsPeriod } from "@/lib/digest/alerts";
import { runAlerts } from "@/lib/digest/run-alerts";
import { db, resetDatabase } from "@/tests/helpers/db";
import type { ReceivedMail } from "@/tests/helpers/smtp";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";
import { activeSubscriber, watch, WATCHED, useWatchFeeds } from "@/tests/helpers/watch-world";

// Each change of a watched paper is reported exactly once, with the digest's guarantees: claimed
// before sending with a fixed Message-ID, through SMTP outages and kill -9 at any point.

const MONDAY = new Date("2025-10-27T07:00:00Z"); // the weekly digest of 20-26 Oct
const NEXT_MONDAY = new Date("2025-11-03T07:00:00Z");
const HOUR = 3_600_000;
const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();
const feeds = useWatchFeeds();

const weekly = (now = MONDAY, extra: Partial<Parameters<typeof runDigest>[0]> = {}) => runDigest({ db, databaseUrl, transport: suite.transport, cadence: "weekly", now, retryDelayMs: 10, ...extra });
const alerts = (now: Date, extra: Partial<Parameters<typeof runAlerts>[0]> = {}) => runAlerts({ db, databaseUrl, transport: suite.transport, now, retryDelayMs: 10, ...extra });
const to = (mail: ReceivedMail) => (mail.to as { text: string }).text;
const mailsTo = (email: string) => suite.smtp.inbox.filter((m) => to(m) === email);
const reporting = (email: string) => mailsTo(email).filter((m) => m.text?.includes("New version: v2 (was v1)"));

/** v1 listed, the reader watching, then v2 and its code link: the news a watcher should get once. */
async function worldWithNews(subscribers: { email: string; cadence: "weekly" | "alerts" }[]) {
  await resetDatabase();
  suite.smtp.inbox.length = 0;
  suite.smtp.refuse(null);
  await feeds.v1();
  const made = [];
  for (const s of subscribers) {
    const subscriber = await activeSubscriber(s.email, s.cadence, s.cadence === "alerts" ? [] : ["kv-cache"]);
    await watch(subscriber.id);
    made.push(subscriber);
  }
  await feeds.v2();
  await feeds.codeLink();
  return made;
}

describe("Papers you watch, in the weekly digest", () => {
  beforeEach(() => worldWithNews([{ email: "weekly@example.org", cadence: "weekly" }]));

  it("reports v2 and its code link in the next digest once, and never again", async () => {
    expect(await weekly()).toMatchObject({ period: "weekly:2025-W43", sent: 1 });
    const [mail] = mailsTo("weekly@example.org");
    expect(mail.subject).toBe("1 paper you watch updated: Week of 20 Oct 2025"); // nothing trending in KV cache that week
    expect(mail.text).toContain("PAPERS YOU WATCH"); // plain text writes headings in capitals
    expect(mail.text).toContain("Speedup: 1.6–1.72× faster → 1.6–1.95× faster");
    expect(mail.text).toContain("Code: https://github.com/mobile-moe/MoBiLE");
    expect(mail.html).toContain("Stop watching a paper");
    const delivery = await db.digestDelivery.findFirstOrThrow();
    expect(delivery.changeIds).toHaveLength(2);

    expect(await weekly(new Date(MONDAY.getTime() + HOUR))).toMatchObject({ sent: 0, alreadyDone: 1 });
    await feeds.journalRef(); // a new change: the next digest has it, and only it
    await weekly(NEXT_MONDAY);
    const next = mailsTo("weekly@example.org")[1];
    expect(next.subject).toMatch(/^1 paper you watch updated: Week of 27 Oct 2025$/);
    expect(next.text).toContain("Journal reference: Proceedings of the 31st Asia and South Pacific Design Automation Conference (ASP-DAC 2026)");
    expect(next.text).not.toContain("New version: v2");
    expect(reporting("weekly@example.org")).toHaveLength(1);
  });

  it("puts the section above the trending papers, and says so in the subject", async () => {
    await db.paper.create({ data: { arxivId: "2510.20001", title: "Trending KV eviction", publishedAt: new Date("2025-10-22T10:00:00Z"), techniques: ["kv-cache"], authors: [], categories: [], codeUrls: [] } });
    await weekly();
    const [mail] = mailsTo("weekly@example.org");
    expect(mail.subject).toBe("1 trending paper in KV cache, 1 paper you watch updated: Week of 20 Oct 2025");
    const text = mail.text!.toLowerCase();
    expect(text.indexOf("papers you watch")).toBeGreaterThan(0);
    expect(text.indexOf("papers you watch")).toBeLessThan(text.indexOf("trending in your techniques"));
    expect(text.indexOf("trending in your techniques")).toBeLessThan(text.indexOf("trending kv eviction"));
  });

  it("an SMTP outage defers the digest; the retry sweep sends the same changes under the same Message-ID, once", async () => {
    suite.smtp.refuse(() => ({ code: 421, message: "Service not available" }));
    expect(await weekly(MONDAY, { attemptsPerRun: 2, retryBaseMs: 60_000 })).toMatchObject({ sent: 0, deferred: 1, pending: 1 });
    // An alerts run meanwhile (the reader switched to alerts only) must not report what the deferred digest holds.
    await db.subscriber.update({ where: { email: "weekly@example.org" }, data: { cadence: "alerts" } });
    expect(await alerts(new Date(MONDAY.getTime() + 30 * 60_000))).toMatchObject({ sent: 0 });
    suite.smtp.refuse(null);
    const retried = await retryDeliveries({ db, databaseUrl, transport: suite.transport, now: new Date(MONDAY.getTime() + 2 * HOUR) });
    expect(retried).toMatchObject({ sent: 1, pending: 0 });
    const [mail] = reporting("weekly@example.org");
    expect(mail.messageId).toBe((await db.digestDelivery.findFirstOrThrow({ where: { status: "sent" } })).messageId);
    expect(await alerts(new Date(MONDAY.getTime() + 3 * HOUR))).toMatchObject({ sent: 0 });
    expect(reporting("weekly@example.org")).toHaveLength(1);
  });

  it("a change held by a delivery that failed for good is reported by the next one", async () => {
    suite.smtp.refuse(() => ({ code: 550, message: "Mailbox unavailable" }));
    expect(await weekly()).toMatchObject({ failed: 1 });
    suite.smtp.refuse(null);
    expect(await weekly(NEXT_MONDAY)).toMatchObject({ sent: 1 });
    expect(reporting("weekly@example.org")).toHaveLength(1);
  });
});

describe("alerts only", () => {
  beforeEach(() => worldWithNews([{ email: "alerts@example.org", cadence: "alerts" }, { email: "weekly@example.org", cadence: "weekly" }]));

  it("sends one alert for the hour, nothing again that hour or the next, and no row for a quiet subscriber", async () => {
    const at = new Date("2025-10-22T13:47:00Z");
    expect(await alerts(at)).toMatchObject({ period: "alerts:2025-10-22T13", sent: 1 });
    const [alert] = mailsTo("alerts@example.org");
    expect(alert.subject).toBe("Update on a paper you watch: MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPUs with Mixture of Big-Little Experts");
    expect(alert.messageId).toMatch(/^<alerts\.\d+\.[0-9a-f-]+@sparse-digest>$/);
    expect(alert.rawHeaders.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(alert.text).toContain("Code: https://github.com/mobile-moe/MoBiLE");
    expect(await alerts(new Date(at.getTime() + 5 * 60_000))).toMatchObject({ sent: 0, alreadyDone: 1 });
    expect(await alerts(new Date(at.getTime() + HOUR))).toMatchObject({ sent: 0, alreadyDone: 0 });
    expect(await db.digestDelivery.count({ where: { digest: { cadence: "alerts" } } })).toBe(1);
    expect(mailsTo("weekly@example.org")).toHaveLength(0); // digest subscribers hear of it in their digest
  });

  it("two digests claiming one change at once: exactly one delivery holds it", async () => {
    const [subscriber] = await db.subscriber.findMany({ where: { email: "alerts@example.org" } });
    const change = await db.paperChange.findFirstOrThrow();
    const digests = await Promise.all([ensureDigest(db, alertsPeriod(MONDAY)), ensureDigest(db, digestPeriod("weekly", MONDAY))]);
    const claims = await Promise.all(digests.map((d, i) =>
      claimDelivery(db, { digestId: d.id, subscriberId: subscriber.id, runId: `run-${i}`, messageId: `<race.${i}@test>`, paperIds: [], changeIds: [change.id], status: "claimed", now: MONDAY }),
    ));
    expect(claims.map((c) => c!.changeIds.length).sort()).toEqual([0, 1]);
    expect(claims.map((c) => c!.status).sort()).toEqual(["claimed", "skipped"]);
  });
});

describe("killed between claim and send, and between send and its record", () => {
  const child = (run: "weekly" | "alerts", now: Date) => {
    const process_ = spawn(process.execPath, ["--import", "tsx", "tests/helpers/watch-child.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: suite.smtp.url, WATCH_NOW: now.toISOString(), WATCH_RUN: run },
      stdio: "ignore",
    });
    return { process: process_, exited: new Promise<void>((resolve) => process_.once("exit", () => resolve())) };
  };
  const killAt = (hook: "rcpt" | "data", target: () => ChildProcess | undefined) => {
    let killed = false;
    if (hook === "rcpt") suite.smtp.refuse(() => (killed ? null : ((killed = true), target()?.kill("SIGKILL"), { code: 421, message: "going away" })));
    else suite.smtp.onMessage(() => void (killed || ((killed = true), target()?.kill("SIGKILL"))));
  };

  for (const run of ["weekly", "alerts"] as const) {
    it(`${run}: a run killed after its claim, before the mail left, is finished by the next run under the same Message-ID`, async () => {
      await worldWithNews([{ email: "crash@example.org", cadence: run }]);
      const now = run === "weekly" ? MONDAY : new Date("2025-10-22T13:47:00Z");
      let current: ChildProcess | undefined;
      killAt("rcpt", () => current);
      const first = child(run, now);
      current = first.process;
      await first.exited;
      const orphan = await db.digestDelivery.findFirstOrThrow();
      expect(orphan).toMatchObject({ status: "claimed", sentAt: null });
      expect(orphan.changeIds).toHaveLength(2);
      expect(suite.smtp.inbox).toHaveLength(0);

      const second = run === "weekly" ? await weekly(now) : await alerts(now);
      expect(second).toMatchObject({ sent: 1 });
      expect(reporting("crash@example.org").map((m) => m.messageId)).toEqual([orphan.messageId]);
      const later = run === "weekly" ? await weekly(NEXT_MONDAY) : await alerts(new Date(now.getTime() + HOUR));
      expect(later.sent).toBe(0);
      expect(reporting("crash@example.org")).toHaveLength(1);
    }, 60_000);

    it(`${run}: a run killed as the mail arrived resends it with the same Message-ID, and the change is not reported again`, async () => {
      await worldWithNews([{ email: "crash@example.org", cadence: run }]);
      const now = run === "weekly" ? MONDAY : new Date("2025-10-22T13:47:00Z");
      let current: ChildProcess | undefined;
      killAt("data", () => current);
      const first = child(run, now);
      current = first.process;
      await first.exited;
      suite.smtp.onMessage(() => {});
      await (run === "weekly" ? weekly(now) : alerts(now));
      const copies = reporting("crash@example.org");
      expect(new Set(copies.map((m) => m.messageId)).size).toBe(1); // one message (a resend after an unknown outcome collapses into it)
      expect(await db.digestDelivery.count({ where: { status: "sent" } })).toBe(1);
      await (run === "weekly" ? weekly(NEXT_MONDAY) : alerts(new Date(now.getTime() + HOUR)));
      expect(new Set(reporting("crash@example.org").map((m) => m.messageId)).size).toBe(1);
    }, 60_000);
  }
});

describe("kill -9 at random points", () => {
  it("ends, after reruns, with each watcher's change reported in exactly one message (6 trials per run kind)", async () => {
    const subscribers = [...Array.from({ length: 10 }, (_, i) => ({ email: `w${i}@example.org`, cadence: "weekly" as const })), ...Array.from({ length: 10 }, (_, i) => ({ email: `a${i}@example.org`, cadence: "alerts" as const }))];
    await worldWithNews(subscribers);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const at = { weekly: MONDAY, alerts: new Date("2025-10-27T07:47:00Z") };
    const orphaned = new Set<string>(); // run kinds whose kills left a claim unsent: proof they fell mid-run
    for (const run of ["weekly", "alerts"] as const) {
      for (let trial = 0; trial < 6; trial++) {
        // Killed at a random point of its sending: as the k-th recipient is given (after its
        // claim, before its mail) or as the k-th mail arrives (before it is marked sent).
        const k = 1 + Math.floor(random() * 4);
        const atRecipient = random() < 0.5;
        let seen = 0;
        const c = spawn(process.execPath, ["--import", "tsx", "tests/helpers/watch-child.ts"], {
          env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: suite.smtp.url, WATCH_NOW: at[run].toISOString(), WATCH_RUN: run },
          stdio: "ignore",
        });
        const kill = () => (++seen === k ? (c.kill("SIGKILL"), true) : false);
        suite.smtp.refuse(() => (atRecipient && kill() ? { code: 421, message: "going away" } : null));
        suite.smtp.onMessage(() => void (!atRecipient && kill()));
        await new Promise((resolve) => c.once("exit", resolve));
        if (await db.digestDelivery.count({ where: { status: "claimed", digest: { cadence: run } } })) orphaned.add(run);
      }
      suite.smtp.refuse(null);
      suite.smtp.onMessage(() => {});
      await (run === "weekly" ? weekly(at.weekly) : alerts(at.alerts));
    }
    expect([...orphaned].sort()).toEqual(["alerts", "weekly"]);
    for (const { email } of subscribers) expect(new Set(reporting(email).map((m) => m.messageId)).size, email).toBe(1);
    expect(await db.digestDelivery.count({ where: { status: "sent" } })).toBe(20);
    // Nothing more to say to anyone.
    expect((await weekly(NEXT_MONDAY)).sent).toBe(0);
    expect((await alerts(new Date(at.alerts.getTime() + HOUR))).sent).toBe(0);
  }, 240_000);
});
