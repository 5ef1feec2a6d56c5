// npm start: one command from a fresh clone to a running app. Migrates, seeds the demo papers
// into an empty database, builds when the build is missing or stale, then serves the web app and
// runs the worker beside it. Ctrl-C stops everything, the embedded PostgreSQL included.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const started = Date.now();
const children: ChildProcess[] = [];
let stopping = false;

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function main() {
  // Imported here, not at the top, so a module that fails to load prints one line, not a stack trace.
  const { settings } = await import("@/lib/platform/settings");
  const config = await Promise.resolve().then(settings).catch((error: Error) => fail(error.message));
  const { ensurePortFree } = await import("@/scripts/lib/ports");
  const { embeddedDir, openDatabase } = await import("@/scripts/lib/postgres/open-database");
  const { prepareDatabase } = await import("@/scripts/lib/postgres/prepare-database");
  const { appSecret } = await import("@/lib/security/app-secret");
  const { buildIfStale } = await import("@/scripts/lib/build");
  const { waitForHttp } = await import("@/scripts/lib/wait-for-http");
  const { spawnWebServer } = await import("@/scripts/lib/web-server");

  await ensurePortFree(config.PORT).catch((e: Error) => fail(e.message));
  // The children get the key this finds (APP_SECRET, else DATA_DIR/app-secret), the one every CLI finds.
  const secret = await Promise.resolve().then(appSecret).catch((e: Error) => fail(e.message));
  const database = await openDatabase((line) => console.log(line)).catch((e: Error) => fail(e.message));
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
    await database.close().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  try {
    console.log(database.embedded ? `Using the embedded PostgreSQL in ${path.relative(process.cwd(), embeddedDir()) || embeddedDir()}` : "Using DATABASE_URL");
    const { applied, seeded } = await prepareDatabase(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    if (seeded) console.log(`Loaded ${seeded} demo papers.`);
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, APP_SECRET: secret, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
    await buildIfStale({ env: childEnv, log: (l) => console.log(l) });

    const web = spawnWebServer(childEnv, config.PORT, ["ignore", "inherit", "inherit"]);
    children.push(web);
    web.once("exit", (code) => !stopping && (console.error(`The web server stopped (exit ${code}).`), void stopAll(1)));
    if (config.WORKER === "on") {
      const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env: childEnv, stdio: ["ignore", "inherit", "inherit"] });
      children.push(worker);
      worker.once("exit", (code) => !stopping && console.error(`The worker stopped (exit ${code}); the web app keeps running.`));
    }
    await waitForHttp(`http://localhost:${config.PORT}/`, 60_000);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nSparse Digest is running at http://localhost:${config.PORT} (ready in ${seconds} s). Ctrl-C stops it.\n`);
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

await main();
