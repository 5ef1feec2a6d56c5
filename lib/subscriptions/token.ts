import { hmac, safeEqual } from "@/lib/security/app-secret";

// Links in emails carry "<purpose>.<subscriber id>.<expiry>.<version>.<signature>". The HMAC
// covers the subscriber's own tokenSecret (rotating it revokes every earlier link) and, for
// confirmations, the count of confirmation mails sent (only the latest link confirms).
export type TokenPurpose = "confirm" | "manage";
const LIFETIME_MS: Record<TokenPurpose, number> = { confirm: 3 * 86_400_000, manage: 366 * 86_400_000 };

type Signer = { id: string; tokenSecret: string };

const sign = (purpose: string, id: string, expires: number, version: number, secret: string) =>
  hmac(`${purpose}|${id}|${expires}|${version}|${secret}`, "subscription-token");

export function createToken(purpose: TokenPurpose, subscriber: Signer, now: Date, version = 0): string {
  const expires = Math.floor((now.getTime() + LIFETIME_MS[purpose]) / 1000);
  return [purpose, subscriber.id, expires, version, sign(purpose, subscriber.id, expires, version, subscriber.tokenSecret)].join(".");
}

export type ParsedToken = { purpose: TokenPurpose; subscriberId: string; expires: number; version: number; signature: string };

/** Shape only; the signature is checked against the stored secret by verifyToken. */
export function parseToken(token: string): ParsedToken | null {
  if (token.length > 300) return null;
  const [purpose, subscriberId, expires, version, signature, extra] = token.split(".");
  if (extra !== undefined || (purpose !== "confirm" && purpose !== "manage")) return null;
  if (!/^[0-9a-f-]{36}$/.test(subscriberId ?? "") || !/^\d{1,12}$/.test(expires ?? "") || !/^\d{1,6}$/.test(version ?? "") || !signature) return null;
  return { purpose, subscriberId, expires: Number(expires), version: Number(version), signature };
}

export type TokenCheck = "ok" | "invalid" | "expired";

export function verifyToken(token: ParsedToken, subscriber: Signer, now: Date): TokenCheck {
  const expected = sign(token.purpose, subscriber.id, token.expires, token.version, subscriber.tokenSecret);
  if (!safeEqual(token.signature, expected)) return "invalid";
  return token.expires * 1000 < now.getTime() ? "expired" : "ok";
}
