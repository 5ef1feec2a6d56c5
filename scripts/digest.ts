// npm run digest -- [--cadence daily|weekly] [--dry-run] [--to ADDRESS] [--now ISO-TIME]
import { parseArgs } from "node:util";
import { z } from "zod";
import { settings } from "@/lib/platform/settings";
import { runDigest } from "@/lib/digest/run-digest";
import { createMailTransport } from "@/lib/mail/transport";
import { requireAppSecret } from "@/lib/security/app-secret";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";
import { CadenceSchema } from "@/lib/subscriptions/schemas";

const ArgsSchema = z.object({
  cadence: CadenceSchema.default("daily"),
  "dry-run": z.boolean().default(false),
  to: z.email().optional(),
  now: z.iso.datetime({ offset: true }).optional(),
});

await runCli(async () => {
  const { values } = parseArgs({ options: { cadence: { type: "string" }, "dry-run": { type: "boolean" }, to: { type: "string" }, now: { type: "string" } } });
  const args = ArgsSchema.parse(values);
  requireAppSecret(); // the same key as the web server's, or its links would not work
  const transport = createMailTransport();
  try {
    const result = await withDatabase(({ db, url }) => runDigest({
      db,
      databaseUrl: url,
      transport,
      cadence: args.cadence,
      now: args.now ? new Date(args.now) : new Date(),
      timeZone: settings().DIGEST_TIMEZONE,
      to: args.to,
      dryRun: args["dry-run"],
      onDryRun: (line) => console.log(`${line.email}: ${line.papers.length ? line.papers.join(", ") : "(nothing: skipped or a 'nothing new' note)"}`),
    }));
    console.log(JSON.stringify(result));
    if (!settings().SMTP_URL && !args["dry-run"]) console.log("SMTP_URL is unset: messages were written to .data/outbox/ (see /dev/outbox).");
  } finally {
    transport.close?.();
  }
}, { exit: true });
