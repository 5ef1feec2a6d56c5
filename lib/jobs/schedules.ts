/**
 * Every recurring job of the worker, in one place. pg-boss keeps one schedule per name in
 * PostgreSQL, so several workers may run: each tick is queued once and handled by one of them.
 * Entries are thin calls into lib/ (the same run* functions the cron routes call).
 */
export type Schedule = {
  name: string;
  cron: string;
  tz?: string;
  /** Seconds a run may take before pg-boss considers it dead and retries it. */
  expireInSeconds: number;
  run: () => Promise<unknown>;
  /** Also queue one run when the worker starts (honoured by runWorker). */
  runOnStart?: boolean;
};

export async function getSchedules(): Promise<Schedule[]> {
  // Imported here so `getSchedules` stays cheap to import for code that only reads the type.
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  const { defaultSources } = await import("@/lib/ingest/default-sources");
  const { runIngest } = await import("@/lib/ingest/run-ingest");
  const { retagPapers } = await import("@/lib/tagging/retag-papers");
  const { runScheduledDigest } = await import("@/lib/digest/run-scheduled-digest");
  return [
    // Every source, hourly by default (INGEST_CRON). runIngest also refuses a source another worker is running.
    { name: "ingest", cron: env.INGEST_CRON, expireInSeconds: 3_600, run: () => runIngest({ db, sources: defaultSources(), now: new Date() }) },
    // Tags follow the taxonomy: after a deploy that changes it (runOnStart) and nightly as a safety net.
    { name: "retag", cron: "40 3 * * *", expireInSeconds: 3 * 3_600, runOnStart: true, run: () => retagPapers({ db, batchSize: 500 }) },
    // Digests at DIGEST_HOUR in DIGEST_TIMEZONE; a missed or crashed run is finished by the next tick of
    // the same period (delivery rows are keyed by period), and pg-boss retries a failed run.
    { name: "digest-daily", cron: `0 ${env.DIGEST_HOUR} * * *`, tz: env.DIGEST_TIMEZONE, expireInSeconds: 3_600, run: () => runScheduledDigest("daily") },
    { name: "digest-weekly", cron: `0 ${env.DIGEST_HOUR} * * ${env.DIGEST_WEEKDAY}`, tz: env.DIGEST_TIMEZONE, expireInSeconds: 3_600, run: () => runScheduledDigest("weekly") },
  ];
}
