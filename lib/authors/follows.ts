import type { Db } from "@/lib/platform/database";
import { sendMail } from "@/lib/mail/send-mail";
import type { MailTransport } from "@/lib/mail/transport";
import { manageUrl } from "@/lib/subscriptions/links";
import { type LinkProblem, subscriberForToken } from "@/lib/subscriptions/manage";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";
import { authorKeyPair } from "@/lib/author-key";
import ConfirmFollowEmail from "@/emails/confirm-follow";

// Who follows whom. From the manage page (the manage link proves the inbox) a follow counts at
// once; from an author page anyone can type any address, so the follow waits (confirmedAt null)
// until the inbox owner confirms it on the manage page, and the page answers the same whatever
// the address is. A follow is of an author we have a paper by: a key nobody has is a typo.

export const MAX_FOLLOWS = 100;
/** Follow requests from author pages that may wait for one subscriber at once. */
const MAX_PENDING = 20;
/** One "confirm this follow" mail per subscriber per ten minutes, as for confirmations. */
const MAIL_GAP_MS = 10 * 60_000;

export type FollowProblem = LinkProblem | "unknown-author" | "too-many";
type Result = { ok: true; name?: string } | { ok: false; problem: FollowProblem };

/** The spelling of an author most papers use, or null when no paper has this key. */
export async function authorDisplayName(db: Db, key: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ authors: string[] }[]>`
    SELECT p."authors" FROM "Paper" p WHERE p."authorKeys" @> ARRAY[${key}]::text[] ORDER BY p."publishedAt" DESC LIMIT 50`;
  const counts = new Map<string, number>();
  for (const name of rows.flatMap((r) => r.authors)) {
    const pair = authorKeyPair(name);
    if (pair && (pair.key === key || pair.initialKey === key)) counts.set(name, (counts.get(name) ?? 0) + (pair.key === key ? 2 : 1));
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

export async function listFollows(db: Db, subscriberId: string) {
  return db.authorFollow.findMany({ where: { subscriberId }, orderBy: [{ confirmedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }], select: { authorKey: true, name: true, confirmedAt: true } });
}

/** Confirmed follows of these subscribers, by subscriber (the digest reads them once per page). */
export async function followedKeys(db: Db, subscriberIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db.authorFollow.findMany({ where: { subscriberId: { in: subscriberIds }, confirmedAt: { not: null } }, select: { subscriberId: true, authorKey: true } });
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.subscriberId, [...(map.get(row.subscriberId) ?? []), row.authorKey]);
  return map;
}

/** From the manage page: follow by name (any spelling of it), at once. */
export async function followAuthor(db: Db, token: string, rawName: string, now = new Date()): Promise<Result> {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  const key = authorKeyPair(rawName)?.key;
  const name = key ? await authorDisplayName(db, key) : null;
  if (!key || !name) return { ok: false, problem: "unknown-author" };
  const count = await db.authorFollow.count({ where: { subscriberId: found.subscriber.id } });
  if (count >= MAX_FOLLOWS) return { ok: false, problem: "too-many" };
  await db.authorFollow.upsert({
    where: { subscriberId_authorKey: { subscriberId: found.subscriber.id, authorKey: key } },
    create: { subscriberId: found.subscriber.id, authorKey: key, name, requestedAt: now, confirmedAt: now },
    update: { confirmedAt: now },
  });
  return { ok: true, name };
}

/** From the manage page: a follow asked for on an author page counts from now on. */
export async function confirmFollow(db: Db, token: string, key: string, now = new Date()): Promise<Result> {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  await db.authorFollow.updateMany({ where: { subscriberId: found.subscriber.id, authorKey: key, confirmedAt: null }, data: { confirmedAt: now } });
  return { ok: true };
}

/** Idempotent: unfollowing twice says the same. */
export async function unfollowAuthor(db: Db, token: string, key: string, now = new Date()): Promise<Result> {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  await db.authorFollow.deleteMany({ where: { subscriberId: found.subscriber.id, authorKey: key } });
  return { ok: true };
}

/** Followed authors' papers outside the subscriber's techniques: in the digest, or not. */
export async function setAuthorsAnyTechnique(db: Db, token: string, anyTechnique: boolean, now = new Date()): Promise<Result> {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  await db.subscriber.update({ where: { id: found.subscriber.id }, data: { authorsAnyTechnique: anyTechnique } });
  return { ok: true };
}

export type FollowRequestOutcome = "mail-sent" | "rate-limited" | "already-following" | "subscription-sent";

/**
 * From an author page, by address. An active subscriber gets a mail with their manage link, where
 * the waiting follow has its Confirm button; any other address gets the subscription's own
 * confirmation (double opt-in, its limits), and the follow counts once that is confirmed. The
 * caller shows one answer for every outcome: the page must not tell who is subscribed.
 */
export async function requestFollow(db: Db, transport: MailTransport, input: { email: string; key: string }, now = new Date()): Promise<{ ok: true; outcome: FollowRequestOutcome } | { ok: false; problem: "unknown-author" }> {
  const name = await authorDisplayName(db, input.key);
  if (!name) return { ok: false, problem: "unknown-author" };
  let subscriber = await db.subscriber.findUnique({ where: { email: input.email } });
  let outcome: FollowRequestOutcome;
  if (subscriber?.status === "active") {
    const existing = await db.authorFollow.findUnique({ where: { subscriberId_authorKey: { subscriberId: subscriber.id, authorKey: input.key } } });
    if (existing?.confirmedAt) return { ok: true, outcome: "already-following" };
    const lastMail = await db.authorFollow.findFirst({ where: { subscriberId: subscriber.id, confirmedAt: null }, orderBy: { requestedAt: "desc" }, select: { requestedAt: true } });
    const pending = await db.authorFollow.count({ where: { subscriberId: subscriber.id, confirmedAt: null } });
    if (!existing && pending >= MAX_PENDING) return { ok: true, outcome: "rate-limited" };
    await db.authorFollow.upsert({
      where: { subscriberId_authorKey: { subscriberId: subscriber.id, authorKey: input.key } },
      create: { subscriberId: subscriber.id, authorKey: input.key, name, requestedAt: now },
      update: {},
    });
    if (lastMail && now.getTime() - lastMail.requestedAt.getTime() < MAIL_GAP_MS) return { ok: true, outcome: "rate-limited" };
    await db.authorFollow.update({ where: { subscriberId_authorKey: { subscriberId: subscriber.id, authorKey: input.key } }, data: { requestedAt: now } });
    await sendMail(transport, { to: subscriber.email, subject: `Confirm: follow ${name} in your Sparse Digest`, email: ConfirmFollowEmail({ name, manageUrl: manageUrl(subscriber, now) }) });
    return { ok: true, outcome: "mail-sent" };
  }
  // Not a subscriber yet (or not any more): subscribing is the confirmation, to every technique
  // weekly as the subscribe form's default; the manage page changes that.
  const sent = await subscribe(db, transport, { email: input.email, topics: [...TECHNIQUE_SLUGS].sort(), cadence: "weekly" }, now, { follows: [name] });
  outcome = sent === "confirmation-sent" ? "subscription-sent" : "rate-limited";
  subscriber = await db.subscriber.findUnique({ where: { email: input.email } });
  if (subscriber && (await db.authorFollow.count({ where: { subscriberId: subscriber.id, confirmedAt: null } })) < MAX_PENDING) {
    await db.authorFollow.upsert({
      where: { subscriberId_authorKey: { subscriberId: subscriber.id, authorKey: input.key } },
      create: { subscriberId: subscriber.id, authorKey: input.key, name, requestedAt: now },
      update: {},
    });
  }
  return { ok: true, outcome };
}

/** A confirmed subscription confirms the follows asked for with it (its mail and page named them). */
export async function confirmFollowsOfNewSubscriber(db: Db, subscriberId: string, confirmedAt: Date) {
  await db.authorFollow.updateMany({ where: { subscriberId, confirmedAt: null }, data: { confirmedAt } });
}

/** Follows waiting for a subscriber's confirmation, for the confirm page to name. */
export async function pendingFollowNames(db: Db, subscriberId: string): Promise<string[]> {
  const rows = await db.authorFollow.findMany({ where: { subscriberId, confirmedAt: null }, orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((r) => r.name);
}
