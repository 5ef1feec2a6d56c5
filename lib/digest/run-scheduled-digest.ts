import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import type { Cadence } from "@/lib/digest/period";
import { mailTransport } from "@/lib/mail/transport";

function databaseUrl() {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  return env.DATABASE_URL;
}

/** The digest as the worker and the cron route run it: this process's database and mailer. */
export function runScheduledDigest(cadence: Cadence, now = new Date()) {
  return runDigest({ db, databaseUrl: databaseUrl(), transport: mailTransport(), cadence, now, timeZone: env.DIGEST_TIMEZONE });
}

/** The worker's retry sweep; undefined when there was nothing to retry (a quiet tick logs nothing). */
export async function runScheduledRetries(now = new Date()) {
  const result = await retryDueDeliveries(now);
  return result.digests + result.busy > 0 ? result : undefined;
}

/** One sweep of due deliveries (the worker's digest-retry job, and GET /api/cron/digest/retry). */
export function retryDueDeliveries(now = new Date()) {
  return retryDeliveries({ db, databaseUrl: databaseUrl(), transport: mailTransport(), now, timeZone: env.DIGEST_TIMEZONE });
}
