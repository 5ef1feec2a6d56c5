import { beforeEach, describe, expect, it } from "vitest";
import { confirmSubscription, setPaused, subscriberForToken, unsubscribe, updatePreferences } from "@/lib/subscriptions/manage";
import { PreferencesSchema, SubscribeSchema } from "@/lib/subscriptions/schemas";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { createToken } from "@/lib/subscriptions/token";
import { db, resetDatabase } from "@/tests/helpers/db";
import { linksIn } from "@/tests/helpers/smtp";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";
import type { Cadence } from "@/lib/subscriptions/cadence";

const suite = useSmtpServer();
const NOW = new Date("2026-11-25T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const input = (email: string, topics = ["moe"], cadence: Cadence = "weekly") => SubscribeSchema.parse({ email, topics, cadence });
const tokenFrom = (url: string) => url.split("/").at(-1)!;

beforeEach(async () => {
  await resetDatabase();
  suite.smtp.inbox.length = 0;
});

describe("subscribe (double opt-in)", () => {
  it("sends one confirmation mail whose link confirms once; a replay changes nothing", async () => {
    expect(await subscribe(db, suite.transport, input("Ada@Example.org", ["moe", "kv-cache"]), NOW)).toBe("confirmation-sent");
    expect(suite.smtp.inbox).toHaveLength(1);
    expect(suite.smtp.inbox[0].to).toMatchObject({ text: "ada@example.org" });
    const link = linksIn(suite.smtp.inbox[0]).find((l) => l.includes("/confirm/"))!;
    const first = await confirmSubscription(db, tokenFrom(link), later(5));
    expect(first).toMatchObject({ ok: true, alreadyConfirmed: false });
    const replay = await confirmSubscription(db, tokenFrom(link), later(6));
    expect(replay).toMatchObject({ ok: true, alreadyConfirmed: true });
    const stored = await db.subscriber.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(stored).toMatchObject({ status: "active", techniques: ["kv-cache", "moe"], cadence: "weekly" });
  });

  it("answers the same for a known address, and rate-limits confirmation mails", async () => {
    await subscribe(db, suite.transport, input("grace@example.org"), NOW);
    expect(await subscribe(db, suite.transport, input("grace@example.org"), later(1))).toBe("rate-limited");
    expect(suite.smtp.inbox).toHaveLength(1);
    expect(await subscribe(db, suite.transport, input("grace@example.org"), later(11))).toBe("confirmation-sent");
    expect(suite.smtp.inbox).toHaveLength(2);
    // Only the newest link confirms.
    const [older, newer] = suite.smtp.inbox.map((m) => tokenFrom(linksIn(m).find((l) => l.includes("/confirm/"))!));
    expect(await confirmSubscription(db, older, later(12))).toEqual({ ok: false, problem: "expired" });
    expect(await confirmSubscription(db, newer, later(12))).toMatchObject({ ok: true });
    expect(await subscribe(db, suite.transport, input("grace@example.org"), later(30))).toBe("already-active");
    expect(suite.smtp.inbox).toHaveLength(2);
  });

  it.each([
    ["not-an-address"],
    ["a@b"],
    ["victim@example.org\r\nBcc: everyone@example.org"],
    ["spaced out@example.org"],
    [`${"x".repeat(250)}@example.org`],
    ["аdmin@example.org"], // Cyrillic а
  ])("refuses %j and stores nothing", (email) => {
    expect(SubscribeSchema.safeParse({ email }).success).toBe(false);
  });

  it("refuses unknown techniques", () => {
    expect(SubscribeSchema.safeParse({ email: "a@example.org", topics: ["moe", "blockchain"] }).success).toBe(false);
    expect(SubscribeSchema.parse({ email: "a@example.org" }).topics).toHaveLength(6);
  });
});

describe("links", () => {
  it("refuses tampered, expired and wrong-purpose tokens", async () => {
    await subscribe(db, suite.transport, input("barbara@example.org"), NOW);
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: "barbara@example.org" } });
    const manage = createToken("manage", subscriber, NOW);
    expect((await subscriberForToken(db, manage, "manage", NOW)).ok).toBe(true);
    expect(await subscriberForToken(db, manage.slice(0, -2) + "xx", "manage", NOW)).toEqual({ ok: false, problem: "invalid" });
    expect(await subscriberForToken(db, manage, "confirm", NOW)).toEqual({ ok: false, problem: "invalid" });
    expect(await subscriberForToken(db, manage, "manage", new Date(NOW.getTime() + 400 * 86_400_000))).toEqual({ ok: false, problem: "expired" });
    expect(await subscriberForToken(db, "garbage", "manage", NOW)).toEqual({ ok: false, problem: "invalid" });
  });

  it("manages preferences, pause and unsubscribe with the manage token", async () => {
    await subscribe(db, suite.transport, input("edsger@example.org"), NOW);
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: "edsger@example.org" } });
    const token = createToken("manage", subscriber, NOW);
    expect(await updatePreferences(db, token, { topics: ["pruning"], cadence: "daily", sendEmpty: true }, NOW)).toMatchObject({ ok: true,
      subscriber: { techniques: ["pruning"], cadence: "daily", sendEmpty: true } });
    expect(await setPaused(db, token, true, NOW)).toMatchObject({ ok: true, subscriber: { pausedAt: NOW } });
    expect(await unsubscribe(db, token, NOW)).toMatchObject({ ok: true, subscriber: { status: "unsubscribed" } });
    expect(await unsubscribe(db, token, NOW)).toMatchObject({ ok: true });
  });
});

describe("saved exclusions", () => {
  it("are read as exclude= reads them, and a 10 KB list is refused with a reason", () => {
    const parsed = PreferencesSchema.parse({ topics: ["moe"], cadence: "weekly", excludes: 'Distillation, diffusion,\n"MoE", survey' });
    expect(parsed.excludes).toEqual(["distillation", "diffusion", '"moe"', "survey"]);
    const huge = PreferencesSchema.safeParse({ topics: ["moe"], cadence: "weekly", excludes: "diffusion,".repeat(1_000) });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0].message).toMatch(/at most 20 terms/);
    expect(PreferencesSchema.safeParse({ topics: ["moe"], cadence: "weekly", excludes: "a\u0000b" }).success).toBe(false);
  });
});
