// The app as `npm start` runs it, on a throwaway database, for the Playwright suite.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";
import { prepareDatabase } from "@/lib/postgres/prepare-database";
import { buildIfStale } from "@/scripts/lib/build";
import { spawnWebServer } from "@/scripts/lib/web-server";
import { e2eDatabaseFile } from "@/tests/helpers/e2e-db";
import { startSmtpServer } from "@/tests/helpers/smtp";

const port = process.env.E2E_PORT ?? "3199";
const dir = path.join(tmpdir(), `sparse-digest-e2e-${process.pid}`);
const postgres = await startEmbeddedPostgres({ dir, database: "sparse_digest_e2e", durable: false });
await prepareDatabase(postgres.url);
// A real SMTP server for the app's mail; each message lands as an .eml file the specs read.
const mailDir = path.join(dir + "-mail");
await mkdir(mailDir, { recursive: true });
const smtp = await startSmtpServer();
let received = 0;
smtp.onMessage((raw) => void writeFile(path.join(mailDir, `${String(++received).padStart(4, "0")}.eml`), raw));
// Specs that need to arrange data (ingest runs, subscribers) or read mail find them here.
await writeFile(e2eDatabaseFile(port), JSON.stringify({ databaseUrl: postgres.url, mailDir }));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: postgres.url,
  APP_SECRET: "e2e-secret-e2e-secret-e2e-secret",
  APP_URL: `http://localhost:${port}`,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
  E2E_DATABASE_URL: postgres.url,
  SMTP_URL: smtp.url,
  CRON_SECRET: "e2e-cron-secret-e2e-cron-secret",
};
await buildIfStale({ env, log: (line) => console.log(line) });
const web = spawnWebServer(env, port, "inherit");

async function shutdown() {
  web.kill("SIGTERM");
  await smtp.close().catch(() => {});
  await postgres.stop().catch(() => {});
  await rm(mailDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}.ready`, { force: true });
  await rm(e2eDatabaseFile(port), { force: true });
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
web.once("exit", (code) => code !== 0 && code !== null && process.exit(code));
