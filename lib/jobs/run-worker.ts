import PgBoss from "pg-boss";
import { getSchedules } from "@/lib/jobs/schedules";

/**
 * Starts pg-boss on our PostgreSQL (its own schema, "pgboss"), registers every schedule and
 * works its queue, one run at a time per queue ("singleton"). A run that throws is logged and retried by pg-boss with backoff; it never
 * takes the worker down.
 */
export async function runWorker({ databaseUrl, log = console.log }: { databaseUrl: string; log?: (line: string) => void }) {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  boss.on("error", (error) => log(`worker: ${error.message}`));
  await boss.start();
  for (const schedule of await getSchedules()) {
    await boss.createQueue(schedule.name, { name: schedule.name, policy: "singleton", retryLimit: 3, retryBackoff: true, retryDelay: 60, expireInSeconds: schedule.expireInSeconds });
    await boss.schedule(schedule.name, schedule.cron, {}, { tz: schedule.tz ?? "UTC", singletonKey: schedule.name });
    await boss.work(schedule.name, async () => {
      const startedAt = Date.now();
      const result = await schedule.run();
      log(`worker: ${schedule.name} done in ${Date.now() - startedAt} ms ${JSON.stringify(result)}`);
    });
    if (schedule.runOnStart) await boss.send(schedule.name, {}, { singletonKey: schedule.name });
    log(`worker: ${schedule.name} scheduled (${schedule.cron} ${schedule.tz ?? "UTC"})${schedule.runOnStart ? ", and queued now" : ""}`);
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
