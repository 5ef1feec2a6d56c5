import { retryDueDeliveries } from "@/lib/digest/run-scheduled-digest";
import { refuseCron } from "@/lib/security/cron-auth";

export const dynamic = "force-dynamic";
export const maxDuration = 800;

/**
 * GET /api/cron/digest/retry with `Authorization: Bearer $CRON_SECRET`: sends the deliveries an
 * outage deferred whose retry time has come (what the worker's digest-retry job does), for setups
 * that run digests by HTTP cron without the worker. Call it every few minutes.
 */
export async function GET(request: Request) {
  const refused = refuseCron(request);
  if (refused) return refused;
  const result = await retryDueDeliveries();
  console.info("digest retry", result);
  return Response.json(result);
}
