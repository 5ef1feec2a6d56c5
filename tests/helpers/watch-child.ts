// A digest or alerts run in its own process (WATCH_RUN=weekly|alerts), so tests can kill -9 it.
import { createDb } from "@/lib/platform/database";
import { runDigest } from "@/lib/digest/run-digest";
import { createMailTransport } from "@/lib/mail/transport";
import { runAlerts } from "@/lib/digest/run-alerts";

const databaseUrl = process.env.DATABASE_URL!;
const db = createDb(databaseUrl, { max: 4 });
const transport = createMailTransport(process.env.SMTP_URL);
const now = new Date(process.env.WATCH_NOW!);
const options = { db, databaseUrl, transport, now, concurrency: 2, retryDelayMs: 50 };
const result = process.env.WATCH_RUN === "alerts" ? await runAlerts(options) : await runDigest({ ...options, cadence: "weekly" });
process.stdout.write(`${JSON.stringify(result)}\n`);
transport.close?.();
await db.$disconnect();
process.exit(0);
