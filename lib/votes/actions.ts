"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { takeVoteToken } from "@/lib/votes/rate-limit";
import { getVotedArxivIds, toggleVote, type VoteState } from "@/lib/votes/toggle-vote";
import { newVoterCookie, VOTER_COOKIE, VOTER_COOKIE_MAX_AGE, voterIdFromCookie } from "@/lib/votes/voter-cookie";
import { VOTER_HINT_COOKIE } from "@/lib/votes/voter-hint";

const ArxivIdSchema = z.string().min(1).max(64);
const ArxivIdsSchema = z.array(ArxivIdSchema).max(200);

export type VoteResult = ({ ok: true } & VoteState) | { ok: false; error: string };

/** Toggles this browser's vote on a paper. Server actions check Origin against Host for us. */
export async function toggleVoteAction(arxivId: string): Promise<VoteResult> {
  const parsed = ArxivIdSchema.safeParse(arxivId);
  if (!parsed.success) return { ok: false, error: "Unknown paper." };
  const requestHeaders = await headers();
  const client = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
  if (!takeVoteToken(client)) return { ok: false, error: "Too many votes at once: try again in a few seconds." };
  const jar = await cookies();
  let cookie = jar.get(VOTER_COOKIE)?.value;
  let voterId = voterIdFromCookie(cookie);
  if (!voterId) {
    cookie = newVoterCookie();
    voterId = voterIdFromCookie(cookie)!;
    const secure = requestHeaders.get("x-forwarded-proto") === "https";
    jar.set(VOTER_COOKIE, cookie, { httpOnly: true, sameSite: "lax", path: "/", maxAge: VOTER_COOKIE_MAX_AGE, secure });
    jar.set(VOTER_HINT_COOKIE, "1", { sameSite: "lax", path: "/", maxAge: VOTER_COOKIE_MAX_AGE, secure });
  }
  const state = await toggleVote(parsed.data, voterId);
  return state ? { ok: true, ...state } : { ok: false, error: "Unknown paper." };
}

/** Which of these papers this browser has upvoted (pages are shared, so buttons ask after load). */
export async function myVotesAction(arxivIds: string[]): Promise<string[]> {
  const parsed = ArxivIdsSchema.safeParse(arxivIds);
  const voterId = voterIdFromCookie((await cookies()).get(VOTER_COOKIE)?.value);
  if (!parsed.success || !voterId || parsed.data.length === 0) return [];
  return getVotedArxivIds(voterId, parsed.data);
}
