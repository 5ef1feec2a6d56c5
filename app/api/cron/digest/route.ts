import { runScheduledAlerts, runScheduledDigest } from "@/lib/digest/run-scheduled-digest";
import { refuseCron } from "@/lib/security/cron-auth";

export const dynamic = "force-dynamic";
export const maxDuration = 800;

/** GET /api/cron/digest?cadence=daily|weekly|alerts with `Authorization: Bearer $CRON_SECRET` (alerts: hourly). */
export async function GET(request: Request) {
  const refused = refuseCron(request);
  if (refused) return refused;
  const cadence = new URL(request.url).searchParams.get("cadence") ?? "daily";
  if (cadence !== "daily" && cadence !== "weekly" && cadence !== "alerts") return Response.json({ error: "cadence: must be daily, weekly or alerts" }, { status: 400 });
  const result = cadence === "alerts" ? await runScheduledAlerts() : await runScheduledDigest(cadence);
  console.info("digest", result);
  return Response.json(result);
}
