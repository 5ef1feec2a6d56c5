import type { Db } from "@/lib/platform/database";
import type { Preferences } from "@/lib/subscriptions/schemas";
import { parseToken, type TokenPurpose, verifyToken } from "@/lib/subscriptions/token";

export type LinkProblem = "invalid" | "expired";
type Found = Awaited<ReturnType<Db["subscriber"]["findUnique"]>> & {};

/** The subscriber a link is for, or why the link does not work. Reading changes nothing. */
export async function subscriberForToken(db: Db, token: string, purpose: TokenPurpose, now = new Date()): Promise<{ ok: true; subscriber: Found } | { ok: false; problem: LinkProblem }> {
  const parsed = parseToken(token);
  if (!parsed || parsed.purpose !== purpose) return { ok: false, problem: "invalid" };
  const subscriber = await db.subscriber.findUnique({ where: { id: parsed.subscriberId } });
  if (!subscriber) return { ok: false, problem: "invalid" };
  const check = verifyToken(parsed, subscriber, now);
  if (check !== "ok") return { ok: false, problem: check };
  // Only the latest confirmation mail's link confirms; an older one (or a replay after a new
  // sign-up rotated the secret) is refused.
  if (purpose === "confirm" && parsed.version !== subscriber.confirmationsSent) return { ok: false, problem: "expired" };
  return { ok: true, subscriber };
}

export type ConfirmResult = { ok: true; alreadyConfirmed: boolean; subscriber: Found } | { ok: false; problem: LinkProblem };

export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<ConfirmResult> {
  const found = await subscriberForToken(db, token, "confirm", now);
  if (!found.ok) return found;
  if (found.subscriber.status !== "pending") return { ok: true, alreadyConfirmed: true, subscriber: found.subscriber };
  const { activated, subscriber } = await activatePending(db, found.subscriber.id, now);
  return { ok: true, alreadyConfirmed: !activated, subscriber };
}

/**
 * A pending subscriber becomes active (a confirmation link's button: this one, or one that
 * confirms a watched paper too, lib/watches/). Conditional on still pending: two clicks at once
 * confirm once.
 */
export async function activatePending(db: Db, subscriberId: string, now = new Date()) {
  const { count } = await db.subscriber.updateMany({ where: { id: subscriberId, status: "pending" }, data: { status: "active", confirmedAt: now, pausedAt: null, hardBounces: 0 } });
  return { activated: count > 0, subscriber: await db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } }) };
}

export async function updatePreferences(db: Db, token: string, preferences: Preferences, now = new Date()) {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  const { topics: techniques, cadence, sendEmpty, excludes } = preferences;
  const subscriber = await db.subscriber.update({ where: { id: found.subscriber.id }, data: { techniques, cadence, sendEmpty, excludes } });
  return { ok: true as const, subscriber };
}

export async function setPaused(db: Db, token: string, paused: boolean, now = new Date()) {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  const subscriber = await db.subscriber.update({ where: { id: found.subscriber.id }, data: { pausedAt: paused ? now : null } });
  return { ok: true as const, subscriber };
}

/** Idempotent: unsubscribing twice is fine and says the same. */
export async function unsubscribe(db: Db, token: string, now = new Date()) {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  if (found.subscriber.status === "unsubscribed") return { ok: true as const, subscriber: found.subscriber };
  const subscriber = await db.subscriber.update({ where: { id: found.subscriber.id }, data: { status: "unsubscribed", unsubscribedAt: now } });
  return { ok: true as const, subscriber };
}
