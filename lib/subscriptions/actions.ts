"use server";

import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { mailTransport } from "@/lib/mail/transport";
import { setPaused, unsubscribe, updatePreferences } from "@/lib/subscriptions/manage";
import { PreferencesSchema, SubscribeSchema } from "@/lib/subscriptions/schemas";
import { subscribe } from "@/lib/subscriptions/subscribe";

// Server actions are public endpoints: anyone can call them with any arguments (`unsubscribeAction({})`),
// so each parses its arguments here and answers a result, never an exception. The confirm link's
// action lives in lib/authors/actions.ts: confirming also confirms the follows asked for with it.
const TokenSchema = z.string().max(300);
const FormSchema = z.instanceof(FormData);
const BAD_FORM = "This form could not be read. Reload the page and try again.";

export type SubscribeFormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined>; values?: { email: string } };

// Whatever happened (new, pending, active, rate-limited), the visitor reads the same words:
// the form must not tell who is subscribed.
const SAME_ANSWER = "Check your inbox: we sent a link to confirm your subscription (if you're already subscribed, nothing changes).";

export async function subscribeAction(_previous: unknown, formArgument: unknown): Promise<SubscribeFormState> {
  const form = FormSchema.safeParse(formArgument).data;
  if (!form) return { ok: false, message: BAD_FORM };
  const email = String(form.get("email") ?? "");
  const parsed = SubscribeSchema.safeParse({ email, topics: form.getAll("topics").map(String), cadence: form.get("cadence") ?? undefined });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  try {
    await subscribe(getDb(), mailTransport(), parsed.data);
  } catch (error) {
    console.error("subscribe failed:", error instanceof Error ? error.message : error);
    return { ok: false, message: "We could not send the confirmation email just now. Please try again in a few minutes.", values: { email } };
  }
  return { ok: true, message: SAME_ANSWER };
}

export type LinkActionState = { ok: boolean; message: string } | null;

const PROBLEMS = {
  invalid: "This link is not valid. Use the newest link from your email.",
  expired: "This link has expired. Subscribe again to get a fresh one.",
} as const;

export async function savePreferencesAction(tokenArgument: unknown, _previous: unknown, formArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined) return { ok: false, message: PROBLEMS.invalid };
  const form = FormSchema.safeParse(formArgument).data;
  if (!form) return { ok: false, message: BAD_FORM };
  const parsed = PreferencesSchema.safeParse({ topics: form.getAll("topics").map(String), cadence: form.get("cadence"), sendEmpty: form.get("sendEmpty") === "on", excludes: String(form.get("excludes") ?? "") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const result = await updatePreferences(getDb(), token, parsed.data);
  return result.ok ? { ok: true, message: "Preferences saved." } : { ok: false, message: PROBLEMS[result.problem] };
}

export async function setPausedAction(tokenArgument: unknown, pausedArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined) return { ok: false, message: PROBLEMS.invalid };
  const paused = z.boolean().safeParse(pausedArgument).data;
  if (paused === undefined) return { ok: false, message: BAD_FORM };
  const result = await setPaused(getDb(), token, paused);
  if (!result.ok) return { ok: false, message: PROBLEMS[result.problem] };
  return { ok: true, message: paused ? "Digests paused. Resume any time from this page." : "Digests resumed." };
}

export async function unsubscribeAction(tokenArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined) return { ok: false, message: PROBLEMS.invalid };
  const result = await unsubscribe(getDb(), token);
  return result.ok ? { ok: true, message: "You are unsubscribed. No more digests will be sent." } : { ok: false, message: PROBLEMS[result.problem] };
}
