// The app as `npm start` runs it, on a throwaway database, for the Playwright suite.
import { rmSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";
import { prepareDatabase } from "@/scripts/lib/postgres/prepare-database";
import { buildIfStale } from "@/scripts/lib/build";
import { spawnWebServer } from "@/scripts/lib/web-server";
import { e2eDatabaseFile, type E2eInfo } from "@/tests/helpers/e2e-db";
import { startSmtpServer } from "@/tests/helpers/smtp";

const port = process.env.E2E_PORT ?? "3199";
const postgres = await startThrowawayPostgres({ name: "e2e", database: "sparse_digest_e2e", log: (line) => console.log(line) }).catch((error: Error) => {
  console.error(`Error: ${error.message}`); // one line, as npm start says it
  return process.exit(1);
});
await prepareDatabase(postgres.url);
// A real SMTP server for the app's mail; each message lands as an .eml file the specs read.
const mailDir = path.join(postgres.folder, "mail");
await mkdir(mailDir, { recursive: true });
const smtp = await startSmtpServer();
let received = 0;
smtp.onMessage((raw) => void writeFile(path.join(mailDir, `${String(++received).padStart(4, "0")}.eml`), raw));
// The server keeps its state (the signing key it generates) here, no APP_SECRET: the key source of
// a default install, which commands the specs run (npm run digest) find as they would there.
const dataDir = path.join(postgres.folder, "data");
const appUrl = `http://localhost:${port}`;
// Specs that need to arrange data (ingest runs, subscribers), read mail or run a CLI find them here.
const info: E2eInfo = { databaseUrl: postgres.url, mailDir, smtpUrl: smtp.url, dataDir, appUrl };
await writeFile(e2eDatabaseFile(port), JSON.stringify(info));
process.once("exit", () => rmSync(e2eDatabaseFile(port), { force: true }));
const { APP_SECRET: _unused, ...inherited } = process.env;
const env: NodeJS.ProcessEnv = {
  ...inherited,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: postgres.url,
  DATA_DIR: dataDir,
  APP_URL: appUrl,
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
  await postgres.stop();
  await rm(e2eDatabaseFile(port), { force: true });
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
web.once("exit", (code) => code !== 0 && code !== null && process.exit(code));
