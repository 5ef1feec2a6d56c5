// npm run digest -- [--cadence daily|weekly|alerts] [--dry-run] [--to ADDRESS] [--now ISO-TIME]
import { parseArgs } from "node:util";
import { z } from "zod";
import { settings } from "@/lib/platform/settings";
import { runDigest } from "@/lib/digest/run-digest";
import { runAlerts } from "@/lib/digest/run-alerts";
import { createMailTransport } from "@/lib/mail/transport";
import { requireAppSecret } from "@/lib/security/app-secret";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";
import { SUBSCRIBER_CADENCES } from "@/lib/subscriptions/cadence";

const ArgsSchema = z.object({
  cadence: z.enum(SUBSCRIBER_CADENCES).default("daily"),
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
    const watched = (n = 0) => (n ? ` + ${n} ${n === 1 ? "change" : "changes"} of watched papers` : "");
    const result = await withDatabase(({ db, url }) => {
      const common = { db, databaseUrl: url, transport, now: args.now ? new Date(args.now) : new Date(), to: args.to, dryRun: args["dry-run"] };
      // alerts: the hour's alerts of subscribers without a digest (lib/digest/run-alerts.ts)
      if (args.cadence === "alerts") return runAlerts({ ...common, onDryRun: (line) => console.log(`${line.email}:${watched(line.watched)}`) });
      return runDigest({
        ...common,
        cadence: args.cadence,
        timeZone: settings().DIGEST_TIMEZONE,
        onDryRun: (line) => console.log(`${line.email}: ${line.papers.length ? line.papers.join(", ") : "(nothing: skipped or a 'nothing new' note)"}${watched(line.watched)}`),
      });
    });
    console.log(JSON.stringify(result));
    if (!settings().SMTP_URL && !args["dry-run"]) console.log("SMTP_URL is unset: messages were written to .data/outbox/ (see /dev/outbox).");
  } finally {
    transport.close?.();
  }
}, { exit: true });
