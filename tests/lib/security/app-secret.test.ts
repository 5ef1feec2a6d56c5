import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/postgres/embedded";
import type { Signed, Verified } from "@/tests/helpers/signing-child";

// Every process finds the signing key the same way: APP_SECRET, else DATA_DIR/app-secret. These
// run real processes (the CLIs, the worker, the web server) with no APP_SECRET, as a default
// install runs them; the test run's own APP_SECRET (global setup) is removed from their env.

const { APP_SECRET: _testKey, ...inherited } = process.env;
const SUBJECT = { id: "6b7f2a9e-3c1d-4e5f-8a9b-0c1d2e3f4a5b", tokenSecret: "per-subscriber-secret", confirmationsSent: 1, now: "2026-11-25T12:00:00.000Z" };

const folders: string[] = [];
async function dataDir() {
  const folder = await mkdtemp(path.join(tmpdir(), "sd-key-"));
  folders.push(folder);
  return path.join(folder, "data");
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

function child<T>(request: object, env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, ["--import", "tsx", "tests/helpers/signing-child.ts", JSON.stringify(request)], { env: { ...inherited, ...env } });
    let out = "";
    let err = "";
    run.stdout.on("data", (c) => (out += c));
    run.stderr.on("data", (c) => (err += c));
    run.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`signing child exit ${code}: ${err}`))));
  });
}
const sign = (env: Record<string, string>) => child<Signed>({ mode: "sign", subject: SUBJECT }, env);
const verify = (signed: Signed, env: Record<string, string>) => child<Verified>({ mode: "verify", subject: SUBJECT, signed }, env);

describe("the signing key of every process", () => {
  it("is created once in DATA_DIR when APP_SECRET is unset, and processes started at once all use it", async () => {
    const DATA_DIR = await dataDir();
    const signers = await Promise.all([sign({ DATA_DIR }), sign({ DATA_DIR }), sign({ DATA_DIR })]);
    const file = path.join(DATA_DIR, "app-secret");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, "utf8")).length).toBeGreaterThanOrEqual(43);
    for (const signed of signers) {
      // Links and vote cookies one process made, another (started later) accepts.
      const verified = await verify(signed, { DATA_DIR });
      expect(verified).toEqual({ manage: "ok", confirm: "ok", voterId: signed.voterId });
    }
  });

  it("is APP_SECRET when set; a process with another key accepts none of the links or cookies", async () => {
    const APP_SECRET = "configured-key-configured-key-1";
    const signed = await sign({ APP_SECRET, DATA_DIR: await dataDir() });
    expect(await verify(signed, { APP_SECRET, DATA_DIR: await dataDir() })).toEqual({ manage: "ok", confirm: "ok", voterId: signed.voterId });
    expect(await verify(signed, { DATA_DIR: await dataDir() })).toEqual({ manage: "invalid", confirm: "invalid", voterId: null });
  });
});

describe("a process that would sign links without the real key refuses to start, in one line", () => {
  const run = (script: string, env: Record<string, string>, args: string[] = []) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { env: { ...inherited, ...env }, encoding: "utf8", timeout: 60_000 });
    return { code: result.status, stderr: result.stderr.trim() };
  };

  it("the digest CLI, the worker and the web server, when the kept key is damaged (never replaced: mailed links use it)", async () => {
    const DATA_DIR = await dataDir();
    const file = path.join(DATA_DIR, "app-secret");
    await mkdir(DATA_DIR, { recursive: true });
    await writeFile(file, "cut-short\n");
    for (const script of ["scripts/digest.ts", "scripts/worker.ts", "scripts/serve.ts"]) {
      const { code, stderr } = run(script, { DATA_DIR, PORT: String(await findFreePort()) }, script.endsWith("digest.ts") ? ["--dry-run"] : []);
      expect({ script, code, stderr }).toEqual({ script, code: 1, stderr: `Error: ${file} holds no usable signing key (9 characters, 16 needed): restore it, or set APP_SECRET` });
    }
    expect(await readFile(file, "utf8")).toBe("cut-short\n");
  });

  it("npm start, when no key can be kept in DATA_DIR", async () => {
    const blocked = path.join(await dataDir(), "..", "a-file");
    await writeFile(blocked, "not a folder");
    const { code, stderr } = run("scripts/start.ts", { DATA_DIR: path.join(blocked, "data"), PORT: String(await findFreePort()), WORKER: "off" });
    expect(code).toBe(1);
    expect(stderr).toBe(`Error: APP_SECRET is unset and no signing key can be kept in ${path.join(blocked, "data")} (ENOTDIR): set APP_SECRET, or make DATA_DIR a writable folder`);
  });
});
