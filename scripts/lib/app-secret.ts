import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SECRET_FILE = path.resolve(".data/app-secret");

/** APP_SECRET when set; otherwise one generated on first start and kept under .data/. */
export async function ensureAppSecret(configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const existing = (await readFile(SECRET_FILE, "utf8").catch(() => "")).trim();
  if (existing.length >= 16) return existing;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(SECRET_FILE), { recursive: true });
  await writeFile(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
