import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { runDigest } from "@/lib/digest/run-digest";
import type { Cadence } from "@/lib/digest/period";
import { mailTransport } from "@/lib/mail/transport";

/** The digest as the worker and the cron route run it: this process's database and mailer. */
export function runScheduledDigest(cadence: Cadence, now = new Date()) {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  return runDigest({ db, databaseUrl: env.DATABASE_URL, transport: mailTransport(), cadence, now, timeZone: env.DIGEST_TIMEZONE });
}
