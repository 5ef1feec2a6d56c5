import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Db } from "@/lib/db";
import { composeDigest, type RenderCache } from "@/lib/digest/compose-digest";
import { getCandidates, getPapersByIds } from "@/lib/digest/candidates";
import { type Claim, claimDelivery, ensureDigest, markPermanentFailure, markSent, markTransientFailure, papersSentBefore } from "@/lib/digest/deliveries";
import { type Cadence, digestPeriod } from "@/lib/digest/period";
import { selectPapers } from "@/lib/digest/select-papers";
import { sendMail } from "@/lib/mail/send-mail";
import type { MailTransport } from "@/lib/mail/transport";

export type DigestResult = { period: string; sent: number; skipped: number; failed: number; alreadyDone: number; busy?: boolean };
export type DryRunLine = { email: string; papers: string[] };

type Options = {
  db: Db;
  /** The same database, for the run lock: a session lock needs its own connection. */
  databaseUrl: string;
  transport: MailTransport;
  cadence: Cadence;
  now: Date;
  timeZone?: string;
  /** Only this address (must be an active subscriber). */
  to?: string;
  dryRun?: boolean;
  onDryRun?: (line: DryRunLine) => void;
  pageSize?: number;
  concurrency?: number;
  /** Attempts within this run for a transient failure before leaving it to a later run. */
  attemptsPerRun?: number;
  retryDelayMs?: number;
};

const LOCK_NAMESPACE = 7_301;

/**
 * Sends each active subscriber of a cadence their digest for the period `now` falls after,
 * exactly once. One run per period is alive at a time: it holds a PostgreSQL session lock, which
 * the server releases the moment a killed run's connection drops, so the next run may take over
 * any claim left behind. A second run while one is alive returns at once with `busy`.
 */
export async function runDigest(options: Options): Promise<DigestResult> {
  const { db, cadence, now } = options;
  const period = digestPeriod(cadence, now, options.timeZone);
  const result: DigestResult = { period: period.key, sent: 0, skipped: 0, failed: 0, alreadyDone: 0 };
  const digest = await ensureDigest(db, period);

  const lock = new pg.Client({ connectionString: options.databaseUrl });
  await lock.connect();
  try {
    if (!options.dryRun) {
      const { rows } = await lock.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [LOCK_NAMESPACE, digest.id]);
      if (!rows[0].locked) return { ...result, busy: true };
    }
    const runId = randomUUID();
    const renders: RenderCache = new Map();
    const candidates = await getCandidates(db, period);
    let cursor: string | undefined;
    for (;;) {
      const subscribers = await db.subscriber.findMany({
        where: { status: "active", pausedAt: null, cadence, ...(options.to ? { email: options.to.toLowerCase() } : {}) },
        orderBy: { id: "asc" },
        take: options.pageSize ?? 500,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (subscribers.length === 0) break;
      cursor = subscribers.at(-1)!.id;
      const sentBefore = await papersSentBefore(db, subscribers.map((s) => s.id), digest.id);
      const queue = [...subscribers];
      const worker = async () => {
        for (let subscriber = queue.shift(); subscriber; subscriber = queue.shift()) {
          const papers = selectPapers(subscriber.topics, candidates, sentBefore.get(subscriber.id) ?? new Set());
          if (options.dryRun) {
            options.onDryRun?.({ email: subscriber.email, papers: papers.map((p) => p.arxivId) });
            continue;
          }
          const empty = papers.length === 0 && !subscriber.sendEmpty;
          const claim = await claimDelivery(db, {
            digestId: digest.id,
            subscriberId: subscriber.id,
            runId,
            messageId: `<digest.${digest.id}.${subscriber.id}@sparse-digest>`,
            paperIds: papers.map((p) => p.id),
            status: empty ? "skipped" : "claimed",
            now,
          });
          if (!claim) {
            result.alreadyDone++;
            continue;
          }
          if (empty) {
            result.skipped++;
            continue;
          }
          // A reclaimed delivery resends the papers chosen at its first claim, under the same Message-ID.
          const byId = new Map(candidates.map((c) => [c.id, c]));
          const chosen = claim.paperIds.every((id) => byId.has(id)) ? claim.paperIds.map((id) => byId.get(id)!) : await getPapersByIds(db, claim.paperIds);
          const outcome = await deliver(options, claim, subscriber, chosen, period, now, renders);
          result[outcome]++;
        }
      };
      await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
    }
    return result;
  } finally {
    await lock.end().catch(() => {});
  }
}

type Subscriber = Awaited<ReturnType<Db["subscriber"]["findMany"]>>[number];

async function deliver(options: Options, claim: Claim, subscriber: Subscriber, papers: Parameters<typeof composeDigest>[1], period: ReturnType<typeof digestPeriod>, now: Date, renders: RenderCache): Promise<"sent" | "failed"> {
  const attempts = options.attemptsPerRun ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      await sendMail(options.transport, { ...(await composeDigest(subscriber, papers, period, now, renders)), messageId: claim.messageId });
      await markSent(options.db, claim, subscriber.id, new Date());
      return "sent";
    } catch (error) {
      const smtp = error as { responseCode?: number; permanent?: boolean; message?: string };
      const message = `${smtp.responseCode ?? ""} ${smtp.message ?? String(error)}`.trim();
      const permanent = smtp.permanent === true || (typeof smtp.responseCode === "number" && smtp.responseCode >= 500);
      if (permanent) {
        await markPermanentFailure(options.db, claim, subscriber.id, message);
        return "failed";
      }
      if (attempt >= attempts) {
        await markTransientFailure(options.db, claim, message, now);
        return "failed";
      }
      await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 1000) * 2 ** (attempt - 1)));
    }
  }
}
