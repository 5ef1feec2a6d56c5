import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/helpers/db";
import { expectExactlyOnce, seedDigestWorld } from "@/tests/helpers/digest-world";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";

// The issue #11 harness: OUTAGE_SECONDS=60 SUBSCRIBERS=300 SENT_BEFORE_OUTAGE=100 npx vitest run tests/scripts/worker.test.ts
const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS ?? 10) * 1000;
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 30);
const SENT_BEFORE_OUTAGE = Number(process.env.SENT_BEFORE_OUTAGE ?? 10);
const RETRY_SECONDS = process.env.RETRY_SECONDS ?? "2";
const databaseUrl = process.env.DATABASE_URL!;
const suite = useSmtpServer();

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "sparse-digest-worker-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** The real worker process (scripts/worker.ts), as `npm start` runs it; its log lines as they come. */
function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let buffered = "";
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const parts = buffered.split("\n");
    buffered = parts.pop()!;
    lines.push(...parts);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    lines,
    async waitFor(pattern: RegExp, timeoutMs: number) {
      for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        const line = lines.find((l) => pattern.test(l));
        if (line) return line;
      }
      throw new Error(`worker never logged ${pattern}; it said:\n${lines.join("\n")}`);
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number) {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) if (await check()) return true;
  return false;
}

describe("the worker", () => {
  it(`delivers a scheduled digest through a ${OUTAGE_MS / 1000} s SMTP outage by itself, nothing twice`, async () => {
    const now = Date.now();
    const day = 86_400_000;
    // Papers in yesterday's and today's UTC day, so the period has papers even if midnight passes meanwhile.
    await seedDigestWorld({ subscribers: SUBSCRIBERS, cadence: "daily", publishedAt: [new Date(Math.floor(now / day) * day - day / 2), new Date(Math.floor(now / day) * day + 1000)] });
    suite.smtp.inbox.length = 0;
    suite.smtp.outageAfter(SENT_BEFORE_OUTAGE, OUTAGE_MS);

    const worker = startWorker({
      DATABASE_URL: databaseUrl,
      SMTP_URL: suite.smtp.url,
      APP_SECRET: "worker-test-secret-0123456789",
      DATA_DIR: dataDir,
      DIGEST_TIMEZONE: "UTC",
      DIGEST_HOUR: String((new Date(now).getUTCHours() + 12) % 24), // its cron never fires during the test
      DIGEST_RETRY_SECONDS: RETRY_SECONDS,
      INGEST_CRON: "0 0 1 1 *",
    });
    const boss = new PgBoss({ connectionString: databaseUrl, supervise: false, schedule: false, migrate: false, max: 1 });
    try {
      await worker.waitFor(/worker: digest-daily scheduled/, 60_000);
      await boss.start();
      // What pg-boss's cron does at DIGEST_HOUR: queue the day's digest job.
      await boss.send("digest-daily", {}, { singletonKey: "digest-daily" });

      const scheduled = JSON.parse((await worker.waitFor(/worker: digest-daily done/, OUTAGE_MS + 60_000)).replace(/^.*? ms /, ""));
      // Retries back off from RETRY_SECONDS; the margin also covers a send that hangs until its 30 s socket timeout.
      const delivered = await waitUntil(async () => (await db.digestDelivery.count({ where: { status: "sent" } })) === SUBSCRIBERS, 2 * OUTAGE_MS + 64 * Number(RETRY_SECONDS) * 1000);
      expect(delivered, `deliveries: ${JSON.stringify(await db.digestDelivery.groupBy({ by: ["status"], _count: true }))}\n${worker.lines.join("\n")}`).toBe(true);
      await expectExactlyOnce(suite.smtp.inbox, SUBSCRIBERS);
      // The scheduled run met the outage and said what it left pending; the worker's retries sent the rest.
      expect(scheduled.sent).toBeGreaterThanOrEqual(SENT_BEFORE_OUTAGE);
      expect(scheduled.deferred).toBeGreaterThan(0);
      expect(scheduled.pending).toBe(scheduled.deferred);
      expect(await db.digestDelivery.count({ where: { attempts: { gt: 1 } } })).toBe(scheduled.deferred); // the retries did it
      await worker.waitFor(/worker: digest-retry done .*"sent":[1-9]/, 10_000); // logged once its sweep ends
    } finally {
      await boss.stop({ graceful: false }).catch(() => {});
      await worker.stop();
      if (process.env.OUTAGE_SECONDS) console.log(worker.lines.join("\n")); // the record of a long check
    }
  }, 900_000);
});
