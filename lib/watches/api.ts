import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { mailTransport } from "@/lib/mail/transport";
import { subscriberForToken } from "@/lib/subscriptions/manage";
import { listWatches, setWatchWithManageLink, type WatchProblem } from "@/lib/watches/manage-watches";
import { WATCH_PROBLEMS } from "@/lib/watches/problems";
import { requestWatch } from "@/lib/watches/request-watch";
import { WatchChangeSchema, WatchRequestSchema } from "@/lib/watches/schemas";

type ApiResult = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

// Route adapters for /api/watches: the same domain functions as the pages, errors as
// {"error": "<field>: <reason>"} (400), and nothing stored on any refusal.

const STATUS: Record<WatchProblem, number> = { invalid: 400, expired: 410, inactive: 400, "unknown-paper": 400, "too-many": 400 };
const FIELD: Record<WatchProblem, string> = { invalid: "token", expired: "token", inactive: "token", "unknown-paper": "paper", "too-many": "paper" };
const refused = (problem: WatchProblem): ApiResult => ({ status: STATUS[problem], body: { error: `${FIELD[problem]}: ${WATCH_PROBLEMS[problem]}` } });

async function readJson(request: Request): Promise<{ ok: true; json: unknown } | { ok: false; result: ApiResult }> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return { ok: false, result: { status: 415, body: { error: "send JSON (Content-Type: application/json)" } } };
  return { ok: true, json: await request.json().catch(() => undefined) };
}

function firstIssue(error: z.ZodError): ApiResult {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  const [field, messages] = Object.entries(fields).find(([, m]) => m?.length) ?? ["body", ["must be a JSON object"]];
  return { status: 400, body: { error: `${field}: ${messages![0]}` } };
}

/** The manage link's token, sent as `Authorization: Bearer <token>` (the part after /manage/). */
function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S{1,300})$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1] : null;
}
const NO_TOKEN: ApiResult = { status: 401, body: { error: "token: send your manage link's token as Authorization: Bearer <token>" }, headers: { "WWW-Authenticate": "Bearer" } };

/** POST /api/watches/request {"email", "paper"}: 202 with the same body whoever asks. */
export async function requestWatchFromApi(request: Request, transport = mailTransport()): Promise<ApiResult> {
  const read = await readJson(request);
  if (!read.ok) return read.result;
  const parsed = WatchRequestSchema.safeParse(read.json);
  if (!parsed.success) return firstIssue(parsed.error);
  try {
    const result = await requestWatch(getDb(), transport, parsed.data);
    if (!result.ok) return refused(result.problem);
  } catch (error) {
    console.error("watch request failed:", error instanceof Error ? error.message : error);
    return { status: 503, body: { error: "could not send the confirmation email; try again later" } };
  }
  return { status: 202, body: { status: "pending", message: "If the address can receive mail, a link to confirm watching this paper is on its way." } };
}

/** GET /api/watches: the papers the manage link's subscriber watches. */
export async function listWatchesFromApi(request: Request): Promise<ApiResult> {
  const token = bearer(request);
  if (!token) return NO_TOKEN;
  const found = await subscriberForToken(getDb(), token, "manage");
  if (!found.ok) return refused(found.problem);
  if (found.subscriber.status !== "active") return refused("inactive");
  const watches = await listWatches(getDb(), found.subscriber.id);
  return { status: 200, body: { cadence: found.subscriber.cadence, watches: watches.map((w) => ({ arxivId: w.arxivId, title: w.title, version: w.version, since: w.since.toISOString() })) } };
}

/** POST /api/watches {"paper", "watch"?}: watch (or, with "watch": false, stop watching) a paper. */
export async function setWatchFromApi(request: Request): Promise<ApiResult> {
  const token = bearer(request);
  if (!token) return NO_TOKEN;
  const read = await readJson(request);
  if (!read.ok) return read.result;
  const parsed = WatchChangeSchema.safeParse(read.json);
  if (!parsed.success) return firstIssue(parsed.error);
  const result = await setWatchWithManageLink(getDb(), token, parsed.data.paper, parsed.data.watch);
  if (!result.ok) return refused(result.problem);
  return { status: 200, body: { arxivId: result.paper.arxivId, title: result.paper.title, watching: result.watching } };
}
