"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { appUrl } from "@/lib/platform/settings";
import { mailTransport } from "@/lib/mail/transport";
import { isPossibleArxivId } from "@/lib/arxiv-id-param";
import type { LinkActionState } from "@/lib/subscriptions/actions";
import { subscriberForToken } from "@/lib/subscriptions/manage";
import { MANAGE_COOKIE, MANAGE_COOKIE_MAX_AGE, WATCH_HINT_COOKIE } from "@/lib/watches/browser-cookie";
import { confirmWatch, setWatchWithManageLink } from "@/lib/watches/manage-watches";
import { WATCH_PROBLEMS } from "@/lib/watches/problems";
import { requestWatch } from "@/lib/watches/request-watch";
import { PaperRefSchema, WatchRequestSchema } from "@/lib/watches/schemas";

// Server actions are public endpoints: each parses what it gets and answers a result, never an
// exception (as lib/subscriptions/actions.ts does).
const TokenSchema = z.string().max(300);
const ArxivIdSchema = z.string().refine(isPossibleArxivId);
const FormSchema = z.instanceof(FormData);
const BAD_FORM = "This form could not be read. Reload the page and try again.";

// Whatever the address (subscribed or not, rate-limited or not) the visitor reads the same words.
const SAME_ANSWER = "Check your inbox: we sent a link to confirm. Nothing is watched until you click it.";

export type WatchFormState = { ok: boolean; message?: string; fieldError?: string; values?: { email: string } };

export async function requestWatchAction(arxivIdArgument: unknown, _previous: unknown, formArgument: unknown): Promise<WatchFormState> {
  const form = FormSchema.safeParse(formArgument).data;
  if (!form) return { ok: false, message: BAD_FORM };
  const email = String(form.get("email") ?? "");
  const parsed = WatchRequestSchema.safeParse({ email, paper: arxivIdArgument });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, fieldError: fields.email?.[0] ?? fields.paper?.[0], values: { email } };
  }
  try {
    const result = await requestWatch(getDb(), mailTransport(), parsed.data);
    if (!result.ok) return { ok: false, message: WATCH_PROBLEMS[result.problem], values: { email } };
  } catch (error) {
    console.error("watch request failed:", error instanceof Error ? error.message : error);
    return { ok: false, message: "We could not send the confirmation email just now. Please try again in a few minutes.", values: { email } };
  }
  return { ok: true, message: SAME_ANSWER };
}

/** The button on /watch/{token}. */
export async function confirmWatchAction(tokenArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined) return { ok: false, message: WATCH_PROBLEMS.invalid };
  const result = await confirmWatch(getDb(), token);
  if (!result.ok) return { ok: false, message: WATCH_PROBLEMS[result.problem] };
  const how = result.subscriber.cadence === "alerts" ? "You will get an alert when it changes." : "Its changes will be in your next digest.";
  return { ok: true, message: `${result.subscribed ? "Subscription confirmed. " : ""}${result.changed ? "You are watching this paper." : "You were already watching this paper."} ${how}` };
}

export type BrowserWatchState = { ok: true; remembered: false } | { ok: true; remembered: true; watching: boolean; email: string } | { ok: false; error: string };

async function rememberedToken() {
  return TokenSchema.safeParse((await cookies()).get(MANAGE_COOKIE)?.value).data;
}

/** For a paper page's watch control: does this browser hold a manage link, and is the paper watched? */
export async function browserWatchStateAction(arxivIdArgument: unknown): Promise<BrowserWatchState> {
  const arxivId = ArxivIdSchema.safeParse(arxivIdArgument).data;
  if (!arxivId) return { ok: false, error: WATCH_PROBLEMS["unknown-paper"] };
  const token = await rememberedToken();
  if (!token) return { ok: true, remembered: false };
  const found = await subscriberForToken(getDb(), token, "manage");
  if (!found.ok || found.subscriber.status !== "active") return { ok: true, remembered: false };
  const watching = await getDb().watch.count({ where: { subscriberId: found.subscriber.id, paper: { arxivId } } });
  return { ok: true, remembered: true, watching: watching > 0, email: found.subscriber.email };
}

/** One click on a paper page, with the manage link this browser keeps. */
export async function setBrowserWatchAction(arxivIdArgument: unknown, watchArgument: unknown): Promise<{ ok: true; watching: boolean } | { ok: false; error: string }> {
  const arxivId = ArxivIdSchema.safeParse(arxivIdArgument).data;
  const watch = z.boolean().safeParse(watchArgument).data;
  if (!arxivId || watch === undefined) return { ok: false, error: BAD_FORM };
  const token = await rememberedToken();
  if (!token) return { ok: false, error: "This browser does not hold your manage link any more: open it from a digest." };
  const result = await setWatchWithManageLink(getDb(), token, arxivId, watch);
  return result.ok ? { ok: true, watching: result.watching } : { ok: false, error: WATCH_PROBLEMS[result.problem] };
}

/** The manage page's "watch from paper pages in this browser". */
export async function rememberBrowserAction(tokenArgument: unknown, remember: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  if (token === undefined || typeof remember !== "boolean") return { ok: false, message: BAD_FORM };
  const jar = await cookies();
  if (!remember) {
    jar.delete(MANAGE_COOKIE);
    jar.delete(WATCH_HINT_COOKIE);
    return { ok: true, message: "This browser no longer keeps your manage link." };
  }
  const found = await subscriberForToken(getDb(), token, "manage");
  if (!found.ok) return { ok: false, message: WATCH_PROBLEMS[found.problem] };
  if (found.subscriber.status !== "active") return { ok: false, message: WATCH_PROBLEMS.inactive };
  const secure = appUrl().startsWith("https:");
  jar.set(MANAGE_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: MANAGE_COOKIE_MAX_AGE, secure });
  jar.set(WATCH_HINT_COOKIE, "1", { sameSite: "lax", path: "/", maxAge: MANAGE_COOKIE_MAX_AGE, secure });
  return { ok: true, message: "Done: paper pages in this browser now have a one-click Watch button." };
}

/** The manage page: stop watching one paper. */
export async function unwatchFromManageAction(tokenArgument: unknown, arxivIdArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  const arxivId = ArxivIdSchema.safeParse(arxivIdArgument).data;
  if (token === undefined || !arxivId) return { ok: false, message: BAD_FORM };
  const result = await setWatchWithManageLink(getDb(), token, arxivId, false);
  return result.ok ? { ok: true, message: "Stopped watching." } : { ok: false, message: WATCH_PROBLEMS[result.problem] };
}

/** The manage page: watch a paper by its arXiv id or link. */
export async function addWatchFromManageAction(tokenArgument: unknown, _previous: unknown, formArgument: unknown): Promise<LinkActionState> {
  const token = TokenSchema.safeParse(tokenArgument).data;
  const form = FormSchema.safeParse(formArgument).data;
  if (token === undefined || !form) return { ok: false, message: BAD_FORM };
  const paper = PaperRefSchema.safeParse(String(form.get("paper") ?? "").trim());
  if (!paper.success) return { ok: false, message: paper.error.issues[0].message };
  const result = await setWatchWithManageLink(getDb(), token, paper.data, true);
  if (!result.ok) return { ok: false, message: WATCH_PROBLEMS[result.problem] };
  return { ok: true, message: result.changed ? `Watching “${result.paper.title}”.` : `You already watch “${result.paper.title}”.` };
}
