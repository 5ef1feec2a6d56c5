/**
 * Every recurring job of the worker, in one place. pg-boss keeps one schedule per name in
 * PostgreSQL, so several workers may run: each tick is queued once and handled by one of them.
 * Entries are thin calls into lib/ (the same run* functions the cron routes call).
 */
export type Schedule = {
  name: string;
  /** When it runs: a cron expression (pg-boss resolves minutes), or every this many seconds. */
  when: { cron: string; tz?: string } | { everySeconds: number };
  /** Seconds a run may take before pg-boss considers it dead and retries it. */
  expireInSeconds: number;
  /** Resolves to what the worker logs, or undefined for a tick with nothing to report. */
  run: () => Promise<unknown>;
  /** Also queue one run when the worker starts (honoured by runWorker). */
  runOnStart?: boolean;
};

export async function getSchedules(): Promise<Schedule[]> {
  // Imported here so `getSchedules` stays cheap to import for code that only reads the type.
  const { getDb } = await import("@/lib/platform/database");
  const config = (await import("@/lib/platform/settings")).settings();
  const { defaultSources } = await import("@/lib/ingest/default-sources");
  const { runIngest } = await import("@/lib/ingest/run-ingest");
  const { retagPapers } = await import("@/lib/tagging/retag-papers");
  const { refreshFacts } = await import("@/lib/facts/refresh-facts");
  const { runScheduledAlerts, runScheduledDigest, runScheduledRetries } = await import("@/lib/digest/run-scheduled-digest");
  const { refreshWatchedPapers } = await import("@/lib/watches/refresh-watched");
  const digestTz = config.DIGEST_TIMEZONE;
  return [
    // Every source, hourly by default (INGEST_CRON); a source another run is reading is skipped (it reads the same listing).
    { name: "ingest", when: { cron: config.INGEST_CRON }, expireInSeconds: 3_600, run: () => runIngest({ db: getDb(), sources: defaultSources(), now: new Date() }) },
    // Tags follow the taxonomy: after a deploy that changes it (runOnStart) and nightly as a safety net.
    { name: "retag", when: { cron: "40 3 * * *" }, expireInSeconds: 3 * 3_600, runOnStart: true, run: () => retagPapers({ db: getDb(), batchSize: 500 }) },
    // Facts follow the extractor the same way (ingest writes them with every new text).
    { name: "facts", when: { cron: "50 3 * * *" }, expireInSeconds: 3 * 3_600, runOnStart: true, run: () => refreshFacts({ db: getDb() }) },
    // Digests at DIGEST_HOUR in DIGEST_TIMEZONE; a missed or crashed run is finished by the next tick of
    // the same period (delivery rows are keyed by period), and pg-boss retries a failed run.
    { name: "digest-daily", when: { cron: `0 ${config.DIGEST_HOUR} * * *`, tz: digestTz }, expireInSeconds: 3_600, run: () => runScheduledDigest("daily") },
    { name: "digest-weekly", when: { cron: `0 ${config.DIGEST_HOUR} * * ${config.DIGEST_WEEKDAY}`, tz: digestTz }, expireInSeconds: 3_600, run: () => runScheduledDigest("weekly") },
    // Watched papers: alerts for subscribers without a digest, hourly, half an hour after the default
    // ingest (a change is reported once, whenever it is found); and once a day the arXiv API's word on
    // journal references, which the RSS never carries.
    { name: "watch-alerts", when: { cron: "47 * * * *" }, expireInSeconds: 3_600, run: () => runScheduledAlerts() },
    { name: "watched-refresh", when: { cron: "37 4 * * *" }, expireInSeconds: 3_600, run: () => refreshWatchedPapers({ db: getDb() }) },
    // What the mail server refused for now (and what a dead run left claimed) is sent again once its
    // nextAttemptAt comes; looking every minute (or every DIGEST_RETRY_SECONDS, if shorter) is one
    // indexed query when nothing is due.
    { name: "digest-retry", when: { everySeconds: Math.min(60, config.DIGEST_RETRY_SECONDS) }, expireInSeconds: 900, run: () => runScheduledRetries() },
  ];
}
