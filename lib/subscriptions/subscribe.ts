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
  const dayAgo = new Date(now.getTime() - 86_400_000);
  if (existing?.confirmationSentAt) {
    const tooSoon = now.getTime() - existing.confirmationSentAt.getTime() < MIN_GAP_MS;
    const tooMany = existing.confirmationSentAt > dayAgo && existing.confirmationsSent >= MAX_PER_DAY;
    if (tooSoon || tooMany) return "rate-limited";
  }
  const countToday = existing?.confirmationSentAt && existing.confirmationSentAt > dayAgo ? existing.confirmationsSent : 0;
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
      confirmUrl: confirmUrl(subscriber, now), techniques: subscriber.techniques.map(techniqueLabel), cadence: subscriber.cadence, follows: extras.follows,
    }),
  });
  return "confirmation-sent";
}
