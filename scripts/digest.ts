// npm run digest -- [--cadence daily|weekly] [--dry-run] [--to ADDRESS] [--now ISO-TIME]
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { runDigest } from "@/lib/digest/run-digest";
import { createMailTransport } from "@/lib/mail/transport";
import { migrateIfBehind } from "@/lib/ingest/migrate-if-behind";
import { openDatabase } from "@/lib/postgres/open-database";
import { requireAppSecret } from "@/lib/security/app-secret";
import { runCli } from "@/scripts/run-cli";

const ArgsSchema = z.object({
  cadence: z.enum(["daily", "weekly"]).default("daily"),
  "dry-run": z.boolean().default(false),
  to: z.email().optional(),
  now: z.iso.datetime({ offset: true }).optional(),
});

await runCli(async () => {
  const { values } = parseArgs({ options: { cadence: { type: "string" }, "dry-run": { type: "boolean" }, to: { type: "string" }, now: { type: "string" } } });
  const args = ArgsSchema.parse(values);
  requireAppSecret(); // the same key as the web server's, or its links would not work
  const database = await openDatabase();
  const db = createDb(database.url, { max: 4 });
  const transport = createMailTransport();
  try {
    await migrateIfBehind(database.url);
    const result = await runDigest({
      db,
      databaseUrl: database.url,
      transport,
      cadence: args.cadence,
      now: args.now ? new Date(args.now) : new Date(),
      timeZone: env.DIGEST_TIMEZONE,
      to: args.to,
      dryRun: args["dry-run"],
      onDryRun: (line) => console.log(`${line.email}: ${line.papers.length ? line.papers.join(", ") : "(nothing: skipped or a 'nothing new' note)"}`),
    });
    console.log(JSON.stringify(result));
    if (!env.SMTP_URL && !args["dry-run"]) console.log("SMTP_URL is unset: messages were written to .data/outbox/ (see /dev/outbox).");
  } finally {
    transport.close?.();
    await db.$disconnect();
    await database.close();
  }
});
