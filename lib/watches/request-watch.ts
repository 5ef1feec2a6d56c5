import type { Db } from "@/lib/platform/database";
import { appUrl } from "@/lib/platform/settings";
import { sendMail } from "@/lib/mail/send-mail";
import type { MailTransport } from "@/lib/mail/transport";
import { prepareConfirmation } from "@/lib/subscriptions/subscribe";
import { techniqueLabel } from "@/lib/tagging/technique-labels";
import { createWatchToken } from "@/lib/watches/watch-token";
import type { WatchRequest } from "@/lib/watches/schemas";
import ConfirmWatchEmail from "@/emails/confirm-watch";

export type WatchRequestResult = { ok: true; outcome: "confirmation-sent" | "rate-limited" } | { ok: false; problem: "unknown-paper" };

export const watchConfirmUrl = (token: string) => `${appUrl()}/watch/${token}`;

/**
 * Someone typed an address on a paper's page. Nothing is watched until the owner of the inbox
 * clicks the link we mail, and the caller shows the same answer whatever the address is:
 *  - an active subscriber gets a "watch" link: one click adds the paper;
 *  - any other address is treated as subscribing is (lib/subscriptions/subscribe.ts): a pending
 *    subscriber (a new one gets alerts only, no digest), a fresh secret if it had left, and a link
 *    that confirms the subscription and the watch at once. Only the newest such link works.
 * Both count against the per-address limit of confirmation mails (10 minutes apart, 5 a day).
 */
export async function requestWatch(db: Db, transport: MailTransport, input: WatchRequest, now = new Date()): Promise<WatchRequestResult> {
  const paper = await db.paper.findUnique({ where: { arxivId: input.paper }, select: { id: true, title: true } });
  if (!paper) return { ok: false, problem: "unknown-paper" };
  const subscriber = await prepareConfirmation(db, input.email, "alerts", now);
  if (!subscriber) return { ok: true, outcome: "rate-limited" };
  const subject = `Confirm watching “${shortTitle(paper.title)}”`;
  if (subscriber.status === "active") {
    const token = createWatchToken("watch", subscriber, paper.id, now);
    await sendMail(transport, { to: subscriber.email, subject, email: ConfirmWatchEmail({ confirmUrl: watchConfirmUrl(token), paperTitle: paper.title, mode: "watch", digest: null }) });
    return { ok: true, outcome: "confirmation-sent" };
  }
  const token = createWatchToken("subscribe-watch", subscriber, paper.id, now, subscriber.confirmationsSent);
  const digest = subscriber.cadence === "alerts" ? null : `${subscriber.cadence} digest of ${subscriber.techniques.map(techniqueLabel).join(", ") || "trending papers"}`;
  await sendMail(transport, { to: subscriber.email, subject, email: ConfirmWatchEmail({ confirmUrl: watchConfirmUrl(token), paperTitle: paper.title, mode: "subscribe", digest }) });
  return { ok: true, outcome: "confirmation-sent" };
}

const shortTitle = (title: string) => (title.length > 80 ? `${title.slice(0, 79).replace(/\s+\S*$/, "")}…` : title);
