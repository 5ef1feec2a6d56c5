// npm run ingest -- [--source arxiv-rss|arxiv-api|hf-daily] [--from DATE --to DATE] [--query Q] [--file PATH] [--json] [--wait SECONDS]
// One-shot ingest. Without options: every source, as the hourly worker runs them. A source another
// run is reading is waited for (--wait, 600 s). Exits 1 when every source failed or a source stayed
// busy past the wait; a rejected item is logged and counted, not fatal.
import { parseArgs } from "node:util";
import { z } from "zod";
import { defaultSources } from "@/lib/ingest/default-sources";
import { runIngest } from "@/lib/ingest/run-ingest";
import { SOURCE_IDS } from "@/lib/ingest/schemas";
import type { IngestAdapter } from "@/lib/ingest/source";
import { arxivApiSource } from "@/lib/ingest/sources/arxiv-api";
import { arxivRssSource } from "@/lib/ingest/sources/arxiv-rss";
import { feedFileSource } from "@/lib/ingest/sources/feed-file";
import { hfDailySource, type HfPeriod } from "@/lib/ingest/sources/hf-daily";
import { createProgressBar } from "@/scripts/lib/progress-bar";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";

const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`));
const ArgsSchema = z
  .object({
    source: z.enum(SOURCE_IDS).optional(),
    from: day.optional(),
    to: day.optional(),
    query: z.string().min(1).optional(),
    file: z.string().min(1).optional(),
    json: z.boolean().default(false),
    wait: z.coerce.number().int().min(0).max(86_400).default(600),
  })
  .refine((a) => !a.to || a.from, "--to needs --from")
  .refine((a) => !(a.from && a.to) || a.from <= a.to, "--from must not be after --to");

await runCli(async () => {
  const { values } = parseArgs({
    options: { source: { type: "string" }, from: { type: "string" }, to: { type: "string" }, query: { type: "string" }, file: { type: "string" }, json: { type: "boolean" }, wait: { type: "string" } },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.length ? `--${i.path.join(".")}: ` : ""}${i.message}`).join("; "));
  const args = parsed.data;
  const log = (line: string) => (args.json ? console.error(line) : console.log(line));

  await withDatabase(async ({ db }) => {
    const sources = await chooseSources(args);
    const bar = createProgressBar(process.stderr);
    const result = await runIngest({ db, sources, log: (line) => (bar.clear(), log(line)), onProgress: bar.update, waitForBusyMs: args.wait * 1000 });
    bar.clear();
    const { fetched, created, updated, skipped, failed } = result;
    const failedSources = result.sources.filter((s) => s.status === "failed");
    if (args.json) console.log(JSON.stringify({ fetched, created, updated, skipped, failed }));
    else console.log(`ingest: fetched ${fetched}, created ${created}, updated ${updated}, skipped ${skipped}, failed ${failed}${failedSources.length ? ` (failed sources: ${failedSources.map((s) => s.source).join(", ")})` : ""}`);
    if (result.sources.length > 0 && failedSources.length === result.sources.length) process.exitCode = 1;
    // A source left busy means papers the user asked for were not stored: never a silent success.
    for (const busy of result.sources.filter((s) => s.status === "busy")) {
      console.error(`Error: ${busy.source}: ${busy.firstError}. Try again when it has finished (see /status), or pass --wait SECONDS.`);
      process.exitCode = 1;
    }
  }, { log });
}, { exit: true });

async function chooseSources(args: z.infer<typeof ArgsSchema>): Promise<IngestAdapter[]> {
  if (args.file) return [await feedFileSource(args.file)];
  const from = args.from;
  const to = args.to ?? (from ? new Date() : undefined);
  if (args.source === "arxiv-rss") return [arxivRssSource()];
  if (args.source === "hf-daily") return [hfDailySource(from && to ? { periods: datesBetween(from, to) } : {})];
  if (args.source === "arxiv-api") {
    if (!from || !to) return [arxivApiSource({ mode: { kind: "hydrate" } })];
    const end = new Date(to.getTime() + 86_400_000 - 60_000); // --to is inclusive: up to 23:59
    return [arxivApiSource({ mode: { kind: "backfill", from, to: end, query: args.query } })];
  }
  if (from) throw new Error("--from/--to need --source arxiv-api or hf-daily");
  return defaultSources();
}

function datesBetween(from: Date, to: Date): HfPeriod[] {
  const dates: HfPeriod[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += 86_400_000) dates.push({ date: new Date(t).toISOString().slice(0, 10) });
  return dates;
}
