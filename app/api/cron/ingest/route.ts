import { getDb } from "@/lib/platform/database";
import { defaultSources } from "@/lib/ingest/default-sources";
import { runIngest } from "@/lib/ingest/run-ingest";
import { refuseCron } from "@/lib/security/cron-auth";

export const dynamic = "force-dynamic";
// A backfill-free hourly run takes seconds; hydration with arXiv's 3 s spacing can take minutes.
export const maxDuration = 800;

/** For platforms that call cron over HTTP: `Authorization: Bearer $CRON_SECRET` (hourly, 17 * * * *). */
export async function GET(request: Request) {
  const refused = refuseCron(request);
  if (refused) return refused;
  const { sources, ...counts } = await runIngest({ db: getDb(), sources: defaultSources(), now: new Date() });
  console.info("ingest", counts);
  return Response.json({ ...counts, sources: sources.map(({ source, status, firstError }) => ({ source, status, firstError })) });
}
