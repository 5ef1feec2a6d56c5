import { beforeEach, describe, expect, it } from "vitest";
import { confirmFollow, confirmFollowsOfNewSubscriber, followAuthor, followedKeys, requestFollow, unfollowAuthor } from "@/lib/authors/follows";
import { confirmSubscription } from "@/lib/subscriptions/manage";
import { newTokenSecret } from "@/lib/subscriptions/subscribe";
import { createToken } from "@/lib/subscriptions/token";
import { db, resetDatabase } from "@/tests/helpers/db";
import { linksIn } from "@/tests/helpers/smtp";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";

const suite = useSmtpServer();
const NOW = new Date("2026-11-25T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function activeSubscriber(email = "ada@example.org") {
  const subscriber = await db.subscriber.create({ data: { email, status: "active", techniques: ["moe"], tokenSecret: newTokenSecret(), confirmedAt: NOW } });
  return { subscriber, token: createToken("manage", subscriber, NOW) };
}

beforeEach(async () => {
  await resetDatabase();
  suite.smtp.inbox.length = 0;
  await db.paper.create({ data: { arxivId: "2611.00001", title: "Sparse experts", publishedAt: NOW, authors: ["Geoffrey E. Hinton", "Léon Bottou"] } });
});

describe("following from the manage page", () => {
  it("follows by any spelling of a name, at once, under the spelling papers use", async () => {
    const { subscriber, token } = await activeSubscriber();
    expect(await followAuthor(db, token, "  LEON   bottou ", NOW)).toEqual({ ok: true, name: "Léon Bottou" });
    expect(await followAuthor(db, token, "Geoffrey Hinton", NOW)).toEqual({ ok: true, name: "Geoffrey E. Hinton" });
    expect((await followedKeys(db, [subscriber.id])).get(subscriber.id)?.sort()).toEqual(["geoffrey-hinton", "leon-bottou"]);
    expect(await unfollowAuthor(db, token, "leon-bottou", NOW)).toEqual({ ok: true });
    expect(await unfollowAuthor(db, token, "leon-bottou", NOW)).toEqual({ ok: true });
    expect((await followedKeys(db, [subscriber.id])).get(subscriber.id)).toEqual(["geoffrey-hinton"]);
  });

  it("refuses an author we have no paper by, odd Unicode, and a tampered link, storing nothing", async () => {
    const { token } = await activeSubscriber();
    for (const name of ["Nobody Atall", "\u202e\u200b", "‮‮‮", "x".repeat(10_000)]) {
      expect(await followAuthor(db, token, name, NOW)).toEqual({ ok: false, problem: "unknown-author" });
    }
    expect(await followAuthor(db, `${token.slice(0, -2)}xx`, "Léon Bottou", NOW)).toEqual({ ok: false, problem: "invalid" });
    expect(await db.authorFollow.count()).toBe(0);
  });
});

describe("following from an author page, by address", () => {
  it("a subscriber gets a mail with their manage link; the follow waits for their confirmation", async () => {
    const { subscriber, token } = await activeSubscriber();
    expect(await requestFollow(db, suite.transport, { email: "ada@example.org", key: "leon-bottou" }, NOW)).toEqual({ ok: true, outcome: "mail-sent" });
    expect(suite.smtp.inbox).toHaveLength(1);
    expect(suite.smtp.inbox[0].subject).toBe("Confirm: follow Léon Bottou in your Sparse Digest");
    expect(linksIn(suite.smtp.inbox[0]).some((l) => l.includes("/manage/"))).toBe(true);
    expect((await followedKeys(db, [subscriber.id])).get(subscriber.id)).toBeUndefined();
    await confirmFollow(db, token, "leon-bottou", later(2));
    expect((await followedKeys(db, [subscriber.id])).get(subscriber.id)).toEqual(["leon-bottou"]);
    // Already following: no mail, same answer for the caller.
    expect(await requestFollow(db, suite.transport, { email: "ada@example.org", key: "leon-bottou" }, later(30))).toEqual({ ok: true, outcome: "already-following" });
    expect(suite.smtp.inbox).toHaveLength(1);
  });

  it("sends at most one such mail per ten minutes", async () => {
    await activeSubscriber();
    await requestFollow(db, suite.transport, { email: "ada@example.org", key: "leon-bottou" }, NOW);
    expect(await requestFollow(db, suite.transport, { email: "ada@example.org", key: "geoffrey-hinton" }, later(1))).toEqual({ ok: true, outcome: "rate-limited" });
    expect(suite.smtp.inbox).toHaveLength(1);
    expect(await db.authorFollow.count({ where: { confirmedAt: null } })).toBe(2); // both wait on the manage page
  });

  it("an unknown address gets the subscription's confirmation naming the author; confirming it confirms the follow", async () => {
    expect(await requestFollow(db, suite.transport, { email: "grace@example.org", key: "geoffrey-hinton" }, NOW)).toEqual({ ok: true, outcome: "subscription-sent" });
    const mail = suite.smtp.inbox[0];
    expect(mail.subject).toBe("Confirm your Sparse Digest subscription");
    expect(mail.text).toContain("new papers by Geoffrey E. Hinton");
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: "grace@example.org" } });
    expect(subscriber.status).toBe("pending");
    const confirmed = await confirmSubscription(db, linksIn(mail).find((l) => l.includes("/confirm/"))!.split("/").at(-1)!, later(1));
    expect(confirmed).toMatchObject({ ok: true, alreadyConfirmed: false });
    await confirmFollowsOfNewSubscriber(db, subscriber.id, later(1));
    expect((await followedKeys(db, [subscriber.id])).get(subscriber.id)).toEqual(["geoffrey-hinton"]);
  });

  it("refuses a key nobody has before looking at the address", async () => {
    expect(await requestFollow(db, suite.transport, { email: "grace@example.org", key: "nobody-atall" }, NOW)).toEqual({ ok: false, problem: "unknown-author" });
    expect(await db.subscriber.count()).toBe(0);
    expect(suite.smtp.inbox).toHaveLength(0);
  });
});
