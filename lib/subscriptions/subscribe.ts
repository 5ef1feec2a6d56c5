import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/platform/database";
import { sendMail } from "@/lib/mail/send-mail";
import type { MailTransport } from "@/lib/mail/transport";
import type { SubscribeInput } from "@/lib/subscriptions/schemas";
import { confirmUrl } from "@/lib/subscriptions/links";
import { techniqueLabel } from "@/lib/tagging/technique-labels";
import ConfirmSubscriptionEmail from "@/emails/confirm-subscription";

// One confirmation mail per address per ten minutes, five per day: enough for a lost mail,
// too few to turn the form into a way of flooding someone's inbox.
const MIN_GAP_MS = 10 * 60_000;
const MAX_PER_DAY = 5;

export const newTokenSecret = () => randomBytes(24).toString("base64url");

/**
 * Confirmation mails sent to an address in the last day, or null when another one now would be
 * too soon or too many. Every mail that asks an address to confirm something (a subscription, a
 * watched paper: lib/watches/request-watch.ts) counts against the same limit.
 */
export function confirmationsToday(existing: { confirmationSentAt: Date | null; confirmationsSent: number } | null, now: Date): number | null {
  if (!existing?.confirmationSentAt) return 0;
  const recent = existing.confirmationSentAt.getTime() > now.getTime() - 86_400_000;
  const tooSoon = now.getTime() - existing.confirmationSentAt.getTime() < MIN_GAP_MS;
  if (tooSoon || (recent && existing.confirmationsSent >= MAX_PER_DAY)) return null;
  return recent ? existing.confirmationsSent : 0;
}

/**
 * For a mail that asks an address to confirm something besides a subscription (a watched paper:
 * lib/watches/request-watch.ts): counts the mail against the same limit and, unless the address is
 * active, makes it pending as subscribing does: a new address with `cadenceIfNew` and no technique,
 * one that had left with a fresh secret (revoking its old links) and that cadence, a pending
 * sign-up as it asked. Null when another confirmation mail now would be too soon or too many.
 */
export async function prepareConfirmation(db: Db, email: string, cadenceIfNew: "daily" | "weekly" | "alerts", now = new Date()) {
  const existing = await db.subscriber.findUnique({ where: { email } });
  const countToday = confirmationsToday(existing, now);
  if (countToday === null) return null;
  const sent = { confirmationSentAt: now, confirmationsSent: countToday + 1 };
  if (!existing) return db.subscriber.create({ data: { email, status: "pending", techniques: [], cadence: cadenceIfNew, tokenSecret: newTokenSecret(), ...sent } });
  const rejoining = existing.status !== "active" && existing.status !== "pending";
  return db.subscriber.update({
    where: { id: existing.id },
    data: { ...sent, ...(rejoining ? { status: "pending", cadence: cadenceIfNew, tokenSecret: newTokenSecret() } : {}) },
  });
}

export type SubscribeOutcome = "confirmation-sent" | "rate-limited" | "already-active";

/**
 * Double opt-in. The caller shows the same answer whatever the outcome, so the form never tells
 * whether an address is known. An active subscriber's preferences are not changed from here:
 * that needs the manage link, which only the owner of the inbox has.
 */
export async function subscribe(
  db: Db,
  transport: MailTransport,
  input: SubscribeInput,
  now = new Date(),
  /** Authors asked for with this sign-up (lib/authors/follows.ts): the mail names them. */
  extras: { follows?: string[] } = {},
): Promise<SubscribeOutcome> {
  const existing = await db.subscriber.findUnique({ where: { email: input.email } });
  if (existing?.status === "active") return "already-active";
  const countToday = confirmationsToday(existing, now);
  if (countToday === null) return "rate-limited";
  const subscriber = existing
    ? await db.subscriber.update({
        where: { id: existing.id },
        data: {
          status: "pending", techniques: input.topics, cadence: input.cadence, confirmationSentAt: now, confirmationsSent: countToday + 1,
          ...(existing.status !== "pending" ? { tokenSecret: newTokenSecret() } : {}),
        },
      })
    : await db.subscriber.create({
        data: {
          email: input.email, status: "pending", techniques: input.topics, cadence: input.cadence,
          tokenSecret: newTokenSecret(), confirmationSentAt: now, confirmationsSent: 1,
        },
      });
  await sendMail(transport, {
    to: subscriber.email,
    subject: "Confirm your Sparse Digest subscription",
    email: ConfirmSubscriptionEmail({
      confirmUrl: confirmUrl(subscriber, now), techniques: subscriber.techniques.map(techniqueLabel), cadence: input.cadence, follows: extras.follows,
    }),
  });
  return "confirmation-sent";
}
