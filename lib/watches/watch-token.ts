import { hmac, safeEqual } from "@/lib/security/app-secret";

// The link in a "confirm watching" mail: "<purpose>.<subscriber id>.<paper id>.<expiry>.<version>.<signature>",
// HMAC over the subscriber's own tokenSecret, as subscription links are (lib/subscriptions/token.ts):
//   watch            an active subscriber adds a watch; any unexpired link works (version 0)
//   subscribe-watch  an address that was not subscribed confirms a subscription and the watch at
//                    once; only the newest confirmation mail's link works (version = confirmationsSent)
export type WatchTokenPurpose = "watch" | "subscribe-watch";
const LIFETIME_MS = 3 * 86_400_000;

type Signer = { id: string; tokenSecret: string };
export type ParsedWatchToken = { purpose: WatchTokenPurpose; subscriberId: string; paperId: number; expires: number; version: number; signature: string };

const sign = (t: Omit<ParsedWatchToken, "signature">, secret: string) => hmac(`${t.purpose}|${t.subscriberId}|${t.paperId}|${t.expires}|${t.version}|${secret}`, "watch-token");

export function createWatchToken(purpose: WatchTokenPurpose, subscriber: Signer, paperId: number, now: Date, version = 0): string {
  const fields = { purpose, subscriberId: subscriber.id, paperId, expires: Math.floor((now.getTime() + LIFETIME_MS) / 1000), version };
  return [purpose, fields.subscriberId, paperId, fields.expires, version, sign(fields, subscriber.tokenSecret)].join(".");
}

/** Shape only; verifyWatchToken checks the signature against the stored secret. */
export function parseWatchToken(token: string): ParsedWatchToken | null {
  if (token.length > 300) return null;
  const [purpose, subscriberId, paperId, expires, version, signature, extra] = token.split(".");
  if (extra !== undefined || (purpose !== "watch" && purpose !== "subscribe-watch")) return null;
  if (!/^[0-9a-f-]{36}$/.test(subscriberId ?? "") || !/^\d{1,9}$/.test(paperId ?? "") || !/^\d{1,12}$/.test(expires ?? "") || !/^\d{1,6}$/.test(version ?? "") || !signature) return null;
  return { purpose, subscriberId, paperId: Number(paperId), expires: Number(expires), version: Number(version), signature };
}

export function verifyWatchToken(token: ParsedWatchToken, subscriber: Signer, now: Date): "ok" | "invalid" | "expired" {
  if (!safeEqual(token.signature, sign(token, subscriber.tokenSecret))) return "invalid";
  return token.expires * 1000 < now.getTime() ? "expired" : "ok";
}
