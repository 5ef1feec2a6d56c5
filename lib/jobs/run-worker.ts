import PgBoss from "pg-boss";
import { getSchedules, type Schedule } from "@/lib/jobs/schedules";

/**
 * Starts pg-boss on our PostgreSQL (its own schema, "pgboss"), registers every schedule and
 * works its queue, one run at a time per queue. A cron run that throws is logged and retried by
 * pg-boss with backoff; it never takes the worker down.
 */
export async function runWorker({ databaseUrl, log = console.log }: { databaseUrl: string; log?: (line: string) => void }) {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  boss.on("error", (error) => log(`worker: ${error.message}`));
  await boss.start();
  const timers: NodeJS.Timeout[] = [];
  for (const schedule of await getSchedules()) {
    const { when } = schedule;
    if ("cron" in when) {
      await boss.createQueue(schedule.name, { name: schedule.name, policy: "singleton", retryLimit: 3, retryBackoff: true, retryDelay: 60, expireInSeconds: schedule.expireInSeconds });
      await boss.schedule(schedule.name, when.cron, {}, { tz: when.tz ?? "UTC", singletonKey: schedule.name });
    } else {
      // Sub-minute ticks are below pg-boss's cron resolution, so each worker queues them itself;
      // "stately" keeps at most one waiting and one running across all workers, and the next
      // tick is the retry of a failed one.
      await boss.createQueue(schedule.name, { name: schedule.name, policy: "stately", retryLimit: 0, expireInSeconds: schedule.expireInSeconds });
      const tick = () => void boss.send(schedule.name, {}).catch((error: Error) => log(`worker: ${schedule.name}: ${error.message}`));
      timers.push(setInterval(tick, when.everySeconds * 1000));
    }
    await boss.work(schedule.name, async () => {
      const startedAt = Date.now();
      const result = await schedule.run();
      if (result !== undefined) log(`worker: ${schedule.name} done in ${Date.now() - startedAt} ms ${JSON.stringify(result)}`);
    });
    if (schedule.runOnStart) await boss.send(schedule.name, {}, { singletonKey: schedule.name });
    log(`worker: ${schedule.name} scheduled (${describe(schedule)})${schedule.runOnStart ? ", and queued now" : ""}`);
  }
  return {
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

const describe = ({ when }: Schedule) => ("cron" in when ? `${when.cron} ${when.tz ?? "UTC"}` : `every ${when.everySeconds} s`);
