import { beforeEach, describe, expect, it } from "vitest";
import { retryDeliveries } from "@/lib/digest/retry-deliveries";
import { runDigest } from "@/lib/digest/run-digest";
import { storePapers } from "@/lib/ingest/store-papers";
import type { PaperInput } from "@/lib/ingest/schemas";
import { newTokenSecret } from "@/lib/subscriptions/subscribe";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { db, resetDatabase } from "@/tests/helpers/db";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";
import type { Cadence } from "@/lib/subscriptions/cadence";

// "The digest never sends a paper twice": not within a cadence (run-digest.test.ts), and not
// when a subscriber switches cadence or a paper gets a new arXiv version.

const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();
const TUESDAY = new Date("2026-11-24T07:00:00Z"); // the daily digest covers Monday 23 Nov
const NEXT_MONDAY = new Date("2026-11-30T07:00:00Z"); // the weekly digest covers 23-29 Nov
const MONDAY_PAPER = new Date("2026-11-23T10:00:00Z");
const THURSDAY_PAPER = new Date("2026-11-26T10:00:00Z");
const HOUR = 3_600_000;

const digest = (cadence: Cadence, now: Date) =>
  runDigest({ db, databaseUrl, transport: suite.transport, cadence, now, attemptsPerRun: 1, retryDelayMs: 10, retryBaseMs: 60_000 });

async function paper(arxivId: string, title: string, publishedAt: Date) {
  await db.paper.create({ data: { arxivId, title, publishedAt, techniques: ["moe"], taggerVersion: TAGGER_VERSION, authors: ["A. Author"],
    categories: [], codeUrls: [] } });
}

const subscriber = (cadence: Cadence) =>
  db.subscriber.create({ data: { email: "reader@example.org", status: "active", cadence, techniques: ["moe"], tokenSecret: newTokenSecret() } });

/** How many mails named each title, over the whole inbox. */
const timesSent = (title: string) => suite.smtp.inbox.filter((m) => (m.text ?? "").includes(title)).length;

beforeEach(async () => {
  suite.smtp.inbox.length = 0;
  suite.smtp.refuse(null);
  await resetDatabase();
});

describe("a paper is sent once", () => {
  it("across cadences: a daily subscriber who switches to weekly does not get the week's already-sent papers again", async () => {
    await paper("2611.00001", "Monday MoE routing", MONDAY_PAPER);
    await paper("2611.00002", "Thursday MoE pruning", THURSDAY_PAPER);
    const reader = await subscriber("daily");
    expect(await digest("daily", TUESDAY)).toMatchObject({ sent: 1 });
    await db.subscriber.update({ where: { id: reader.id }, data: { cadence: "weekly" } });
    expect(await digest("weekly", NEXT_MONDAY)).toMatchObject({ sent: 1 });
    expect(timesSent("Monday MoE routing")).toBe(1);
    expect(timesSent("Thursday MoE pruning")).toBe(1);
    expect(suite.smtp.inbox.at(-1)!.subject).toMatch(/^1 trending paper in MoE: Week of 23 Nov 2026$/);
  });

  it("across cadences, while the first delivery still waits for a retry: the weekly digest leaves its papers to it", async () => {
    await paper("2611.00001", "Monday MoE routing", MONDAY_PAPER);
    await paper("2611.00002", "Thursday MoE pruning", THURSDAY_PAPER);
    const reader = await subscriber("daily");
    suite.smtp.refuse(() => ({ code: 421, message: "Try again later" }));
    expect(await digest("daily", TUESDAY)).toMatchObject({ sent: 0, deferred: 1 });
    suite.smtp.refuse(null);
    await db.subscriber.update({ where: { id: reader.id }, data: { cadence: "weekly" } });
    expect(await digest("weekly", NEXT_MONDAY)).toMatchObject({ sent: 1 });
    // The deferred daily digest goes out later, with the paper it was claimed with.
    expect(await retryDeliveries({ db, databaseUrl, transport: suite.transport, now: new Date(NEXT_MONDAY.getTime() + HOUR), retryBaseMs: 60_000 })).toMatchObject({ sent: 1 });
    expect(timesSent("Monday MoE routing")).toBe(1);
    expect(timesSent("Thursday MoE pruning")).toBe(1);
  });

  it("across versions: a v2 ingested after the digest (new title, new date) is not sent again", async () => {
    const v1: PaperInput = {
      arxivId: "2611.00003", version: 1, title: "Sparse experts, first version", abstract: "We prune experts of a mixture-of-experts model.",
      authors: ["A. Author"], primaryCategory: "cs.LG", categories: ["cs.LG"], publishedAt: new Date("2026-11-25T10:00:00Z"), revisedAt: null,
      absUrl: "https://arxiv.org/abs/2611.00003", pdfUrl: null, codeUrls: [], projectUrl: null, comments: null, doi: null, journalRef: null, signal: null,
    };
    await storePapers(db, [v1], new Date("2026-11-25T12:00:00Z"));
    await subscriber("weekly");
    expect(await digest("weekly", NEXT_MONDAY)).toMatchObject({ sent: 1 });
    expect(timesSent("Sparse experts, first version")).toBe(1);

    // v2 arrives the next week with a new title; a source that dates it by its announcement says 2 Dec.
    const v2 = { ...v1, version: 2, title: "Sparse experts, revised", publishedAt: new Date("2026-12-02T10:00:00Z"), revisedAt: new Date("2026-12-02T10:00:00Z") };
    await storePapers(db, [v2], new Date("2026-12-02T12:00:00Z"));
    const stored = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.00003" } });
    expect(stored).toMatchObject({ version: 2, title: "Sparse experts, revised" });
    expect(await db.paper.count()).toBe(1);
    // Even were it dated into the next week, it is the paper already sent.
    await db.paper.update({ where: { id: stored.id }, data: { publishedAt: new Date("2026-12-02T10:00:00Z") } });
    expect(await digest("weekly", new Date("2026-12-07T07:00:00Z"))).toMatchObject({ sent: 0, skipped: 1 });
    expect(timesSent("Sparse experts")).toBe(1);
  });
});
