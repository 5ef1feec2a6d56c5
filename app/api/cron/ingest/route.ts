import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultSources } from "@/lib/ingest/default-sources";
import { runIngest } from "@/lib/ingest/run-ingest";

export const dynamic = "force-dynamic";
// A backfill-free hourly run takes seconds; hydration with arXiv's 3 s spacing can take minutes.
export const maxDuration = 800;

/** For platforms that call cron over HTTP: `Authorization: Bearer $CRON_SECRET` (hourly, 17 * * * *). */
export async function GET(req: Request) {
  if (!env.CRON_SECRET) return Response.json({ error: "not found" }, { status: 404 });
  if (!bearerMatches(req.headers.get("authorization"), env.CRON_SECRET)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const { sources, ...counts } = await runIngest({ db, sources: defaultSources(), now: new Date() });
  console.info("ingest", counts);
  return Response.json({ ...counts, sources: sources.map(({ source, status, firstError }) => ({ source, status, firstError })) });
}

function bearerMatches(header: string | null, secret: string) {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
