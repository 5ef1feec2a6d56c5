"use server";

import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { mailTransport } from "@/lib/mail/transport";
import type { LinkActionState } from "@/lib/subscriptions/actions";
import { confirmSubscription } from "@/lib/subscriptions/manage";
import { EmailSchema } from "@/lib/subscriptions/schemas";
import { AuthorKeySchema } from "@/lib/author-key";
import { confirmFollow, confirmFollowsOfNewSubscriber, type FollowProblem, followAuthor, requestFollow, setAuthorsAnyTechnique, unfollowAuthor } from "@/lib/authors/follows";

// Server actions are public endpoints: each parses its arguments and answers a result, never an exception.
const TokenSchema = z.string().max(300);
const FormSchema = z.instanceof(FormData);
const NameSchema = z.string().trim().min(1, "Enter an author's name.").max(200, "That name is too long.");
const BAD_FORM = "This form could not be read. Reload the page and try again.";

export type FollowState = { ok: boolean; message: string; values?: { email?: string; name?: string } } | null;

const PROBLEMS: Record<FollowProblem, string> = {
  invalid: "This link is not valid. Use the newest link from your email.",
  expired: "This link has expired. Subscribe again to get a fresh one.",
  "unknown-author": "We have no paper by that author. Check the spelling, or follow from an author page.",
  "too-many": "You follow as many authors as a digest can hold. Unfollow someone first.",
};

/**
 * The subscription's confirm link (app/confirm/[token]). Here rather than in lib/subscriptions,
 * which follows build on: the follows asked for with this sign-up (named in its mail and on the
 * page) count from the confirmation too.
 */
export async function confirmAction(tokenArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined) return { ok: false, message: PROBLEMS.invalid };
  const result = await confirmSubscription(getDb(), token);
  if (!result.ok) return { ok: false, message: PROBLEMS[result.problem] };
  if (!result.alreadyConfirmed) await confirmFollowsOfNewSubscriber(getDb(), result.subscriber.id, result.subscriber.confirmedAt ?? new Date());
  const message = result.alreadyConfirmed ? "Your subscription was already confirmed." : "Subscription confirmed. Your first digest arrives with the next period.";
  return { ok: true, message };
}

// Whatever happened (subscribed or not, already following, rate-limited), the same words.
const SAME_ANSWER = "Check your inbox: we sent a link to confirm (if you already follow this author, nothing changes).";

/** From an author page: follow by address; the inbox owner confirms. */
export async function requestFollowAction(keyArgument: unknown, _previous: unknown, formArgument: unknown): Promise<FollowState> {
  const key = AuthorKeySchema.safeParse(keyArgument).data;
  const form = FormSchema.safeParse(formArgument).data;
  if (!key || !form) return { ok: false, message: BAD_FORM };
  const raw = String(form.get("email") ?? "");
  const email = EmailSchema.safeParse(raw);
  if (!email.success) return { ok: false, message: email.error.issues[0].message, values: { email: raw.slice(0, 254) } };
  try {
    const result = await requestFollow(getDb(), mailTransport(), { email: email.data, key });
    if (!result.ok) return { ok: false, message: PROBLEMS[result.problem] };
  } catch (error) {
    console.error("follow request failed:", error instanceof Error ? error.message : error);
    return { ok: false, message: "We could not send the confirmation email just now. Please try again in a few minutes.", values: { email: raw } };
  }
  return { ok: true, message: SAME_ANSWER };
}

export async function followAuthorAction(tokenArgument: unknown, _previous: unknown, formArgument: unknown): Promise<FollowState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  const form = FormSchema.safeParse(formArgument).data;
  if (token === undefined || !form) return { ok: false, message: BAD_FORM };
  const raw = String(form.get("name") ?? "");
  const name = NameSchema.safeParse(raw);
  if (!name.success) return { ok: false, message: name.error.issues[0].message, values: { name: raw.slice(0, 200) } };
  const result = await followAuthor(getDb(), token, name.data);
  return result.ok ? { ok: true, message: `You follow ${result.name}.` } : { ok: false, message: PROBLEMS[result.problem], values: { name: raw } };
}

export async function confirmFollowAction(tokenArgument: unknown, keyArgument: unknown): Promise<FollowState> {
  return onFollowedAuthor(tokenArgument, keyArgument, confirmFollow, "Confirmed.");
}

export async function unfollowAuthorAction(tokenArgument: unknown, keyArgument: unknown): Promise<FollowState> {
  return onFollowedAuthor(tokenArgument, keyArgument, unfollowAuthor, "Unfollowed.");
}

/** A manage-page button on one followed author: parse the token and the key, act, say how it went. */
async function onFollowedAuthor(
  tokenArgument: unknown,
  keyArgument: unknown,
  act: typeof confirmFollow | typeof unfollowAuthor,
  done: string,
): Promise<FollowState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  const key = AuthorKeySchema.safeParse(keyArgument).data;
  if (token === undefined || !key) return { ok: false, message: BAD_FORM };
  const result = await act(getDb(), token, key);
  return result.ok ? { ok: true, message: done } : { ok: false, message: PROBLEMS[result.problem] };
}

export async function setAuthorsScopeAction(tokenArgument: unknown, _previous: unknown, formArgument: unknown): Promise<FollowState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  const form = FormSchema.safeParse(formArgument).data;
  if (token === undefined || !form) return { ok: false, message: BAD_FORM };
  const scope = z.enum(["any", "mine"]).safeParse(form.get("scope")).data;
  if (!scope) return { ok: false, message: BAD_FORM };
  const result = await setAuthorsAnyTechnique(getDb(), token, scope === "any");
  return result.ok ? { ok: true, message: "Saved." } : { ok: false, message: PROBLEMS[result.problem] };
}
