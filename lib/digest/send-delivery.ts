import type { Db } from "@/lib/platform/database";
import { composeDigest, type RenderCache } from "@/lib/digest/compose-digest";
import { type Claim, markPermanentFailure, markSent, markTransientFailure } from "@/lib/digest/deliveries";
import type { DigestPeriod } from "@/lib/digest/period";
import type { Candidate } from "@/lib/digest/select-papers";
import { type OutgoingMail, sendMail } from "@/lib/mail/send-mail";
import type { MailTransport } from "@/lib/mail/transport";
import type { WatchedChange } from "@/lib/digest/watched-changes";

export type DeliveryOutcome = "sent" | "deferred" | "failed";

export type SendContext = {
  db: Db;
  transport: MailTransport;
  renders: RenderCache;
  /** The run's clock: its `now` plus the time elapsed since it started. */
  clock: () => Date;
  /** Attempts now for a transient failure before deferring it to a retry at nextAttemptAt. */
  attempts: number;
  retryDelayMs: number;
  /** First retry delay of a deferred delivery; doubles with each attempt. */
  retryBaseMs: number;
};

type Recipient = Parameters<typeof composeDigest>[0];

/** One claimed digest: its papers and the changes of watched papers it reports. */
export function sendDelivery(context: SendContext, claim: Claim, subscriber: Recipient, papers: Candidate[], period: DigestPeriod, changes: readonly WatchedChange[] = []): Promise<DeliveryOutcome> {
  return sendClaimed(context, claim, subscriber.id, (now) => composeDigest(subscriber, papers, period, now, context.renders, claim.authorPaperIds, changes));
}

/**
 * Sends one claimed delivery, whatever mail it is (a digest, an alert: lib/digest/alerts.ts),
 * under its fixed Message-ID and records the outcome: sent; deferred (4xx, timeout, refused
 * connection: retried later with backoff); failed (5xx, or out of attempts).
 */
export async function sendClaimed(context: SendContext, claim: Claim, subscriberId: string, compose: (now: Date) => Promise<Omit<OutgoingMail, "messageId">>): Promise<DeliveryOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      const mail = await compose(context.clock());
      await sendMail(context.transport, { ...mail, messageId: claim.messageId });
      await markSent(context.db, claim, subscriberId, new Date()); // when it really left
      return "sent";
    } catch (error) {
      const smtp = error as { responseCode?: number; permanent?: boolean; message?: string };
      const message = `${smtp.responseCode ?? ""} ${smtp.message ?? String(error)}`.trim();
      const permanent = smtp.permanent === true || (typeof smtp.responseCode === "number" && smtp.responseCode >= 500);
      if (permanent) {
        await markPermanentFailure(context.db, claim, subscriberId, message);
        return "failed";
      }
      if (attempt >= context.attempts) return markTransientFailure(context.db, claim, message, context.clock(), context.retryBaseMs);
      await new Promise((resolve) => setTimeout(resolve, context.retryDelayMs * 2 ** (attempt - 1)));
    }
  }
}
