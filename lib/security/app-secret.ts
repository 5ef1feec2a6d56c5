import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, settings } from "@/lib/platform/settings";

// One key signs every link and vote cookie, in every process (web server, worker, each CLI):
// what one process signs, another verifies. It is APP_SECRET when configured, else a random key
// kept in DATA_DIR/app-secret, created by whichever process needs it first. There is no fallback
// key in the code: anyone can read the code, so anyone could forge links with it.

/** No usable key: the message is one line that says why and what to do. */
export class AppSecretError extends Error {}

const MIN_LENGTH = 16;
// Next.js bundles its own copy of this module into the server: a global keeps one key per process.
const CACHE = Symbol.for("sparse-digest.app-secret");

export const appSecretFile = () => path.join(dataDir(), "app-secret");

/** The signing key. Throws AppSecretError when there is none to be had. */
export function appSecret(): string {
  const store = globalThis as { [CACHE]?: string };
  store[CACHE] ??= settings().APP_SECRET ?? readKeyFile(appSecretFile()) ?? createKeyFile(appSecretFile());
  return store[CACHE];
}

/**
 * For entry points that sign (web server, worker, digest CLI): find the key before doing any
 * work, so a process that could only sign links nobody can verify stops at once.
 */
export function requireAppSecret(): void {
  appSecret();
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

function readKeyFile(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null; // not made yet
    throw new AppSecretError(`cannot read the signing key ${file} (${errorCode(error)}): fix its permissions, or set APP_SECRET`);
  }
  const key = text.trim();
  // Never replaced silently: a new key would void every link already mailed.
  if (key.length < MIN_LENGTH) throw new AppSecretError(`${file} holds no usable signing key (${key.length} characters, ${MIN_LENGTH} needed): restore it, or set APP_SECRET`);
  return key;
}

function createKeyFile(file: string): string {
  const draft = `${file}.${process.pid}.draft`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
    // link() never replaces a file, and the key appears whole: of processes starting at once, the
    // first one's key wins and the others read it.
    try {
      linkSync(draft, file);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  } catch (error) {
    throw new AppSecretError(`APP_SECRET is unset and no signing key can be kept in ${path.dirname(file)} (${errorCode(error)}): set APP_SECRET, or make DATA_DIR a writable folder`);
  } finally {
    try {
      unlinkSync(draft);
    } catch {}
  }
  const key = readKeyFile(file);
  if (!key) throw new AppSecretError(`the signing key ${file} vanished while it was being created: start again`);
  return key;
}

export function hmac(value: string, purpose: string): string {
  return createHmac("sha256", appSecret()).update(`${purpose}\0${value}`).digest("base64url");
}

/** Constant-time comparison of two signatures (strings of any length). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
