// The background worker `npm start` runs beside the web server: scheduled ingest and digests.
import { settings } from "@/lib/platform/settings";
import { runWorker } from "@/lib/jobs/run-worker";
import { requireAppSecret } from "@/lib/security/app-secret";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const databaseUrl = settings().DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the worker is started by `npm start`.");
  requireAppSecret(); // digests carry signed links
  const worker = await runWorker({ databaseUrl });
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
