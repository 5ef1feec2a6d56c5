import type { Db } from "@/lib/platform/database";
import { activatePending, subscriberForToken } from "@/lib/subscriptions/manage";
import { MAX_WATCHES } from "@/lib/watches/schemas";
import { parseWatchToken, verifyWatchToken } from "@/lib/watches/watch-token";

// Watching and unwatching, always on behalf of a proven address: the manage link of an active
// subscriber, or the link of a "confirm watching" mail. Every refusal stores nothing.

export type WatchProblem = "invalid" | "expired" | "inactive" | "unknown-paper" | "too-many";
type Subscriber = NonNullable<Awaited<ReturnType<Db["subscriber"]["findUnique"]>>>;
type PaperRef = { id: number; arxivId: string; title: string };
export type WatchOutcome = { ok: true; watching: boolean; changed: boolean; paper: PaperRef; subscriber: Subscriber } | { ok: false; problem: WatchProblem };

const PAPER = { id: true, arxivId: true, title: true } as const;

/** Adds the watch (idempotent); refused past MAX_WATCHES. */
async function addWatch(db: Db, subscriber: Subscriber, paper: PaperRef): Promise<WatchOutcome> {
  if ((await db.watch.count({ where: { subscriberId: subscriber.id } })) >= MAX_WATCHES) {
    const already = await db.watch.findUnique({ where: { subscriberId_paperId: { subscriberId: subscriber.id, paperId: paper.id } } });
    if (!already) return { ok: false, problem: "too-many" };
  }
  const inserted = await db.$executeRaw`INSERT INTO "Watch" ("subscriberId", "paperId") VALUES (${subscriber.id}, ${paper.id}) ON CONFLICT DO NOTHING`;
  return { ok: true, watching: true, changed: inserted > 0, paper, subscriber };
}

/** With a manage link: watch (or stop watching) a paper by its arXiv id. */
export async function setWatchWithManageLink(db: Db, token: string, arxivId: string, watch: boolean, now = new Date()): Promise<WatchOutcome> {
  const found = await subscriberForToken(db, token, "manage", now);
  if (!found.ok) return found;
  if (found.subscriber.status !== "active") return { ok: false, problem: "inactive" };
  const paper = await db.paper.findUnique({ where: { arxivId }, select: PAPER });
  if (!paper) return { ok: false, problem: "unknown-paper" };
  if (watch) return addWatch(db, found.subscriber, paper);
  const { count } = await db.watch.deleteMany({ where: { subscriberId: found.subscriber.id, paperId: paper.id } });
  return { ok: true, watching: false, changed: count > 0, paper, subscriber: found.subscriber };
}

export type WatchLink = { ok: true; purpose: "watch" | "subscribe-watch"; subscriber: Subscriber; paper: PaperRef; watching: boolean } | { ok: false; problem: WatchProblem };

/** What a "confirm watching" link is for, or why it does not work. Reading changes nothing. */
export async function readWatchLink(db: Db, token: string, now = new Date()): Promise<WatchLink> {
  const parsed = parseWatchToken(token);
  if (!parsed) return { ok: false, problem: "invalid" };
  const subscriber = await db.subscriber.findUnique({ where: { id: parsed.subscriberId } });
  if (!subscriber) return { ok: false, problem: "invalid" };
  const check = verifyWatchToken(parsed, subscriber, now);
  if (check !== "ok") return { ok: false, problem: check };
  if (parsed.purpose === "subscribe-watch" && parsed.version !== subscriber.confirmationsSent) return { ok: false, problem: "expired" };
  // A "watch" link was mailed to an active subscriber; one who left since must subscribe again.
  if (subscriber.status !== "active" && !(parsed.purpose === "subscribe-watch" && subscriber.status === "pending")) return { ok: false, problem: "inactive" };
  const paper = await db.paper.findUnique({ where: { id: parsed.paperId }, select: PAPER });
  if (!paper) return { ok: false, problem: "unknown-paper" };
  const watching = Boolean(await db.watch.findUnique({ where: { subscriberId_paperId: { subscriberId: subscriber.id, paperId: paper.id } } }));
  return { ok: true, purpose: parsed.purpose, subscriber, paper, watching };
}

/** The button on /watch/{token}: confirms the subscription if that link is for it, then watches. */
export async function confirmWatch(db: Db, token: string, now = new Date()): Promise<WatchOutcome & { subscribed?: boolean }> {
  const link = await readWatchLink(db, token, now);
  if (!link.ok) return link;
  let { subscriber } = link;
  let subscribed = false;
  if (subscriber.status === "pending") ({ activated: subscribed, subscriber } = await activatePending(db, subscriber.id, now));
  return { ...(await addWatch(db, subscriber, link.paper)), subscribed };
}

export type WatchedPaper = { arxivId: string; title: string; version: number; isDemo: boolean; since: Date };

/** A subscriber's watched papers, newest watch first. */
export async function listWatches(db: Db, subscriberId: string): Promise<WatchedPaper[]> {
  const rows = await db.watch.findMany({
    where: { subscriberId },
    orderBy: [{ createdAt: "desc" }, { paperId: "desc" }],
    take: MAX_WATCHES,
    select: { createdAt: true, paper: { select: { arxivId: true, title: true, version: true, isDemo: true } } },
  });
  return rows.map((r) => ({ ...r.paper, since: r.createdAt }));
}
