import type { DigestPeriod } from "@/lib/digest/period";
import { type DeliveryOutcome, type SendContext, sendClaimed } from "@/lib/digest/send-delivery";
import type { Claim } from "@/lib/digest/deliveries";
import { renderEmail } from "@/lib/mail/send-mail";
import { manageUrl, oneClickUrl, unsubscribeMailto, unsubscribeUrl } from "@/lib/subscriptions/links";
import type { WatchedChange } from "@/lib/digest/watched-changes";
import { watchedPaperItems } from "@/lib/watches/watched-items";
import WatchAlertEmail from "@/emails/watch-alert";

export type AlertsPeriod = Omit<DigestPeriod, "cadence"> & { cadence: "alerts" };

const HOUR = 3_600_000;
const label = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", hourCycle: "h23" });

/**
 * Alerts go out hourly (the worker's watch-alerts job): one period per UTC hour, so a subscriber
 * gets at most one alert an hour, and every run within the hour targets the same delivery rows.
 */
export function alertsPeriod(now: Date): AlertsPeriod {
  const start = Math.floor(now.getTime() / HOUR) * HOUR;
  return { cadence: "alerts", key: `alerts:${new Date(start).toISOString().slice(0, 13)}`, start: new Date(start), end: new Date(start + HOUR), label: `${label.format(start)} UTC` };
}

type Recipient = { id: string; email: string; tokenSecret: string };

export async function composeAlert(subscriber: Recipient, changes: readonly WatchedChange[], now: Date) {
  const items = watchedPaperItems(changes);
  const subject = items.length === 1 ? `Update on a paper you watch: ${items[0].title}` : `Updates on ${items.length} papers you watch`;
  const rendered = await renderEmail(WatchAlertEmail({ items, manageUrl: manageUrl(subscriber, now), unsubscribeUrl: unsubscribeUrl(subscriber, now) }));
  return { to: subscriber.email, subject, rendered, unsubscribe: { url: oneClickUrl(subscriber, now), mailto: unsubscribeMailto(subscriber, now) } };
}

/** One claimed alert, through the digest's delivery machinery (same outcomes, same retries). */
export function sendAlert(context: SendContext, claim: Claim, subscriber: Recipient, changes: readonly WatchedChange[]): Promise<DeliveryOutcome> {
  return sendClaimed(context, claim, subscriber.id, (now) => composeAlert(subscriber, changes, now));
}
