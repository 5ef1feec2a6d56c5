import { beforeEach, describe, expect, it } from "vitest";
import { createToken } from "@/lib/subscriptions/token";
import { confirmWatch, readWatchLink, setWatchWithManageLink } from "@/lib/watches/manage-watches";
import { requestWatch } from "@/lib/watches/request-watch";
import { WatchRequestSchema } from "@/lib/watches/schemas";
import { db, resetDatabase } from "@/tests/helpers/db";
import { linksIn } from "@/tests/helpers/smtp";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";
import { activeSubscriber } from "@/tests/helpers/watch-world";

const suite = useSmtpServer();
const NOW = new Date("2026-11-25T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ask = (email: string, paper = "2510.12357", at = NOW) => requestWatch(db, suite.transport, WatchRequestSchema.parse({ email, paper }), at);
const watchLink = (i = -1) => linksIn(suite.smtp.inbox.at(i)!).find((l) => l.includes("/watch/"))!.split("/").at(-1)!;
const stored = () => Promise.all([db.watch.count(), db.subscriber.count()]);

beforeEach(async () => {
  await resetDatabase();
  suite.smtp.inbox.length = 0;
  await db.paper.create({ data: { arxivId: "2510.12357", title: "MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPU", publishedAt: NOW, authors: [], categories: [], codeUrls: [], techniques: ["moe"] } });
});

describe("watching a paper by entering an address", () => {
  it("an active subscriber gets a link; opening it changes nothing, its button watches once", async () => {
    const reader = await activeSubscriber("reader@example.org", "weekly");
    expect(await ask("Reader@Example.org")).toEqual({ ok: true, outcome: "confirmation-sent" });
    expect(suite.smtp.inbox).toHaveLength(1);
    expect(suite.smtp.inbox[0].subject).toBe("Confirm watching “MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPU”");
    expect(await db.watch.count()).toBe(0);
    const token = watchLink();
    expect(await readWatchLink(db, token, later(1))).toMatchObject({ ok: true, purpose: "watch", watching: false });
    expect(await db.watch.count()).toBe(0);
    expect(await confirmWatch(db, token, later(2))).toMatchObject({ ok: true, watching: true, changed: true, subscribed: false });
    expect(await confirmWatch(db, token, later(3))).toMatchObject({ ok: true, changed: false });
    expect(await db.watch.findMany()).toMatchObject([{ subscriberId: reader.id }]);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: reader.id } })).cadence).toBe("weekly");
  });

  it("a new address is treated as subscribing is: pending until the link, then alerts only and the watch", async () => {
    expect(await ask("new@example.org")).toEqual({ ok: true, outcome: "confirmation-sent" });
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: "new@example.org" } })).toMatchObject({ status: "pending", cadence: "alerts", techniques: [] });
    expect(await db.watch.count()).toBe(0); // nothing watched for an unconfirmed address
    const result = await confirmWatch(db, watchLink(), later(5));
    expect(result).toMatchObject({ ok: true, subscribed: true, watching: true });
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: "new@example.org" } })).toMatchObject({ status: "active", cadence: "alerts" });
    expect(await db.watch.count()).toBe(1);
  });

  it("answers the same whoever asks, and shares the confirmation-mail limit with subscribing", async () => {
    await activeSubscriber("known@example.org", "daily");
    const answers = [await ask("known@example.org"), await ask("stranger@example.org")];
    expect(answers[0]).toEqual(answers[1]);
    expect(await ask("known@example.org", "2510.12357", later(1))).toEqual({ ok: true, outcome: "rate-limited" });
    expect(await ask("stranger@example.org", "2510.12357", later(1))).toEqual({ ok: true, outcome: "rate-limited" });
    expect(suite.smtp.inbox).toHaveLength(2);
  });

  it("only the newest link of an unconfirmed address works", async () => {
    await ask("twice@example.org");
    const older = watchLink();
    await ask("twice@example.org", "2510.12357", later(11));
    expect(await confirmWatch(db, older, later(12))).toEqual({ ok: false, problem: "expired" });
    expect(await db.watch.count()).toBe(0);
    expect(await confirmWatch(db, watchLink(), later(12))).toMatchObject({ ok: true });
  });
});

describe("bad input: a clear refusal, nothing stored", () => {
  it("an unknown paper", async () => {
    await activeSubscriber("reader@example.org", "weekly");
    expect(await ask("reader@example.org", "2401.99999")).toEqual({ ok: false, problem: "unknown-paper" });
    expect(suite.smtp.inbox).toHaveLength(0);
    expect(await ask("someone@example.org", "2401.99999")).toEqual({ ok: false, problem: "unknown-paper" });
    expect(await stored()).toEqual([0, 1]);
  });

  it.each([["not a paper"], ["https://example.org/abs/2401.04088"], ["x".repeat(301)], [""]])("paper %j", (paper) => {
    expect(WatchRequestSchema.safeParse({ email: "a@example.org", paper }).success).toBe(false);
  });

  it.each([["not-an-address"], ["victim@example.org\r\nBcc: all@example.org"]])("address %j", (email) => {
    expect(WatchRequestSchema.safeParse({ email, paper: "2510.12357" }).success).toBe(false);
  });

  it("tampered and expired links, and a link whose subscriber left", async () => {
    await activeSubscriber("reader@example.org", "weekly");
    await ask("reader@example.org");
    const token = watchLink();
    const [purpose, id, paperId, expires, version, signature] = token.split(".");
    const forged = [
      [purpose, id, String(Number(paperId) + 1), expires, version, signature],
      [purpose, id, paperId, String(Number(expires) + 86_400), version, signature],
      ["subscribe-watch", id, paperId, expires, version, signature],
      [purpose, id, paperId, expires, version, `${signature.slice(0, -2)}AA`],
    ].map((parts) => parts.join("."));
    for (const bad of [...forged, "watch.nonsense", `${token}.extra`, "x".repeat(400)]) expect(await confirmWatch(db, bad, later(1))).toEqual({ ok: false, problem: "invalid" });
    expect(await confirmWatch(db, token, later(4 * 24 * 60))).toEqual({ ok: false, problem: "expired" });
    await db.subscriber.update({ where: { email: "reader@example.org" }, data: { status: "unsubscribed" } });
    expect(await confirmWatch(db, token, later(2))).toEqual({ ok: false, problem: "inactive" });
    expect(await db.watch.count()).toBe(0);
  });
});

describe("watching with a manage link", () => {
  it("watches and unwatches by arXiv id; an unconfirmed or tampered link, or an unknown paper, is refused", async () => {
    const reader = await activeSubscriber("reader@example.org", "alerts", []);
    const token = createToken("manage", reader, NOW);
    expect(await setWatchWithManageLink(db, token, "2510.12357", true, later(1))).toMatchObject({ ok: true, watching: true, changed: true });
    expect(await setWatchWithManageLink(db, token, "2510.12357", true, later(1))).toMatchObject({ ok: true, changed: false });
    expect(await setWatchWithManageLink(db, token, "2401.99999", true, later(1))).toEqual({ ok: false, problem: "unknown-paper" });
    expect(await setWatchWithManageLink(db, `${token.slice(0, -3)}abc`, "2510.12357", false, later(1))).toEqual({ ok: false, problem: "invalid" });
    expect(await db.watch.count()).toBe(1);
    expect(await setWatchWithManageLink(db, token, "2510.12357", false, later(2))).toMatchObject({ ok: true, watching: false, changed: true });
    expect(await db.watch.count()).toBe(0);

    const pending = await db.subscriber.create({ data: { email: "pending@example.org", status: "pending", techniques: ["moe"], cadence: "weekly", tokenSecret: "s".repeat(32) } });
    expect(await setWatchWithManageLink(db, createToken("manage", pending, NOW), "2510.12357", true, later(1))).toEqual({ ok: false, problem: "inactive" });
    expect(await db.watch.count()).toBe(0);
  });
});
