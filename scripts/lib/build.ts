import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// A build is reused while nothing it is made of has changed; the hash of those files sits in
// the build folder, so a second start skips `next build`.
const INPUTS = ["app", "lib", "components", "emails", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

async function listFiles(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const entries = await readdir(entry, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!entries) return [entry];
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(INPUTS.map(listFiles))).flat().sort();
  for (const file of files) hash.update(file).update("\0").update(await readFile(file)).update("\0");
  return hash.digest("hex");
}

export const distDir = (env: NodeJS.ProcessEnv = process.env) => env.NEXT_DIST_DIR || ".next";

export async function buildIfStale({ env, log }: { env: NodeJS.ProcessEnv; log: (line: string) => void }) {
  const marker = path.join(distDir(env), "sparse-digest-source-hash");
  const hash = await sourceHash();
  const current = await readFile(marker, "utf8").catch(() => "");
  if (current === hash && existsSync(path.join(distDir(env), "BUILD_ID"))) return false;
  log(current ? "Sources changed since the last build: rebuilding…" : "Building the app (first start only)…");
  const startedAt = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  await writeFile(marker, hash);
  log(`Built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  return true;
}
