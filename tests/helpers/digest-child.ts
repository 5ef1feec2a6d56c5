// A digest run in its own process, so tests can kill -9 it at any point.
import { createDb } from "@/lib/platform/database";
import { runDigest } from "@/lib/digest/run-digest";
import { createMailTransport } from "@/lib/mail/transport";

const databaseUrl = process.env.DATABASE_URL!;
const db = createDb(databaseUrl, { max: 4 });
const transport = createMailTransport(process.env.SMTP_URL);
const result = await runDigest({ db, databaseUrl, transport, cadence: "weekly", now: new Date(process.env.DIGEST_NOW!), concurrency: 4, retryDelayMs: 50 });
process.stdout.write(JSON.stringify(result));
transport.close?.();
await db.$disconnect();
process.exit(0);
