import { randomBytes } from "node:crypto";
import { hmac, safeEqual } from "@/lib/security/app-secret";

// One vote per browser per paper, without accounts: the browser holds an id signed with our key
// (httpOnly cookie); the database stores only a keyed hash of it.
export const VOTER_COOKIE = "sd_voter";
export const VOTER_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

const signed = (id: string) => `${id}.${hmac(id, "voter-cookie")}`;

export function newVoterCookie(): string {
  return signed(randomBytes(16).toString("base64url"));
}

/**
 * The cookie for a request that came without one. Its id is derived from the client address and
 * the day, not drawn at random: a script that never keeps cookies is then the same voter on every
 * request (its second vote takes the first back) instead of a fresh voter each time. A browser
 * keeps the cookie and stays that voter; the id is only guessable with our key.
 */
export function addressVoterCookie(address: string, day: string): string {
  return signed(hmac(`${day}|${address}`, "address-voter").slice(0, 22));
}

/** The stored voter id for a cookie value, or null when the cookie is missing or tampered with. */
export function voterIdFromCookie(value: string | undefined): string | null {
  if (!value) return null;
  const [id, signature, extra] = value.split(".");
  if (!id || !signature || extra !== undefined || !/^[\w-]{16,64}$/.test(id)) return null;
  if (!safeEqual(signature, hmac(id, "voter-cookie"))) return null;
  return hmac(id, "voter-id");
}
