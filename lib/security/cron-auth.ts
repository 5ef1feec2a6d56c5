import { timingSafeEqual } from "node:crypto";
import { settings } from "@/lib/platform/settings";

/** null when the request may run a cron job; otherwise the response to send (404 when cron over HTTP is off). */
export function refuseCron(request: Request): Response | null {
  const secret = settings().CRON_SECRET;
  if (!secret) return Response.json({ error: "not found" }, { status: 404 });
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return Response.json({ error: "unauthorized" }, { status: 401 });
  return null;
}
