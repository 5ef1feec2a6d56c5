import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** The signing key. `npm start` always provides one; tests and `next dev` get a fixed local key. */
export function appSecret(): string {
  if (env.APP_SECRET) return env.APP_SECRET;
  if (env.NODE_ENV === "production") throw new Error("APP_SECRET is not set: start the app with `npm start`, which provides one.");
  return "development-only-secret-not-for-production";
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
