import { appUrl } from "@/lib/platform/settings";
import { createToken } from "@/lib/subscriptions/token";

type Signer = { id: string; tokenSecret: string; confirmationsSent?: number };

export const confirmUrl = (s: Signer, now: Date) => `${appUrl()}/confirm/${createToken("confirm", s, now, s.confirmationsSent ?? 0)}`;
export const manageUrl = (s: Signer, now: Date) => `${appUrl()}/manage/${createToken("manage", s, now)}`;
export const unsubscribeUrl = (s: Signer, now: Date) => `${appUrl()}/unsubscribe/${createToken("manage", s, now)}`;
/** The URL List-Unsubscribe points at: answers POST with 200 and unsubscribes (RFC 8058). */
export const oneClickUrl = (s: Signer, now: Date) => `${appUrl()}/api/unsubscribe/${createToken("manage", s, now)}`;
export const unsubscribeMailto = (s: Signer, now: Date) => `mailto:unsubscribe@${new URL(appUrl()).hostname}?subject=unsubscribe%20${createToken("manage", s, now)}`;
