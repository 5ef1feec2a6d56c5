import { getDb } from "@/lib/platform/database";
import { settings } from "@/lib/platform/settings";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import type { Cadence } from "@/lib/subscriptions/cadence";
import { mailTransport } from "@/lib/mail/transport";
import { runAlerts } from "@/lib/digest/run-alerts";

function databaseUrl() {
  const url = settings().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

/** The digest as the worker and the cron route run it: this process's database and mailer. */
export function runScheduledDigest(cadence: Cadence, now = new Date()) {
  return runDigest({ db: getDb(), databaseUrl: databaseUrl(), transport: mailTransport(), cadence, now, timeZone: settings().DIGEST_TIMEZONE });
}

/** The hourly alerts of subscribers without a digest (lib/digest/run-alerts.ts). */
export function runScheduledAlerts(now = new Date()) {
  return runAlerts({ db: getDb(), databaseUrl: databaseUrl(), transport: mailTransport(), now });
}

/** The worker's retry sweep; undefined when there was nothing to retry (a quiet tick logs nothing). */
export async function runScheduledRetries(now = new Date()) {
  const result = await retryDueDeliveries(now);
  return result.digests + result.busy > 0 ? result : undefined;
}

/** One sweep of due deliveries (the worker's digest-retry job, and GET /api/cron/digest/retry). */
export function retryDueDeliveries(now = new Date()) {
  return retryDeliveries({ db: getDb(), databaseUrl: databaseUrl(), transport: mailTransport(), now, timeZone: settings().DIGEST_TIMEZONE });
}
