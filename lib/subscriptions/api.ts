import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { mailTransport } from "@/lib/mail/transport";
import { unsubscribe } from "@/lib/subscriptions/manage";
import { SubscribeSchema } from "@/lib/subscriptions/schemas";
import { subscribe } from "@/lib/subscriptions/subscribe";

type ApiResult = { status: number; body: Record<string, unknown> };

/** POST /api/subscribe {"email", "topics", "cadence"}: 202 with the same body whoever asks. */
export async function subscribeFromApi(request: Request): Promise<ApiResult> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return { status: 415, body: { error: "send JSON (Content-Type: application/json)" } };
  const json = await request.json().catch(() => undefined);
  const parsed = SubscribeSchema.safeParse(json);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    const [field, messages] = Object.entries(fields).find(([, m]) => m?.length) ?? ["body", ["must be an object"]];
    return { status: 400, body: { error: `${field}: ${messages![0]}` } };
  }
  try {
    await subscribe(getDb(), mailTransport(), parsed.data);
  } catch (error) {
    console.error("subscribe failed:", error instanceof Error ? error.message : error);
    return { status: 503, body: { error: "could not send the confirmation email; try again later" } };
  }
  return { status: 202, body: { status: "pending", message: "If the address can receive mail, a confirmation link is on its way." } };
}

export async function oneClickUnsubscribe(token: string): Promise<ApiResult> {
  const result = await unsubscribe(getDb(), token);
  if (result.ok) return { status: 200, body: { status: "unsubscribed" } };
  return result.problem === "expired" ? { status: 410, body: { error: "this link has expired" } } : { status: 400, body: { error: "invalid link" } };
}
