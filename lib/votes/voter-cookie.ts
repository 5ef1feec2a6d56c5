import { randomBytes } from "node:crypto";
import { hmac, safeEqual } from "@/lib/security/app-secret";

// One vote per browser per paper, without accounts: the browser holds a random id signed with
// our key (httpOnly cookie); the database stores only a keyed hash of it.
export const VOTER_COOKIE = "sd_voter";
export const VOTER_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

export function newVoterCookie(): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${hmac(id, "voter-cookie")}`;
}

/** The stored voter id for a cookie value, or null when the cookie is missing or tampered with. */
export function voterIdFromCookie(value: string | undefined): string | null {
  if (!value) return null;
  const [id, signature, extra] = value.split(".");
  if (!id || !signature || extra !== undefined || !/^[\w-]{16,64}$/.test(id)) return null;
  if (!safeEqual(signature, hmac(id, "voter-cookie"))) return null;
  return hmac(id, "voter-id");
}
