"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { takeVoteToken } from "@/lib/votes/rate-limit";
import { toggleVote, type VoteState } from "@/lib/votes/toggle-vote";
import { newVoterCookie, VOTER_COOKIE, VOTER_COOKIE_MAX_AGE, voterIdFromCookie } from "@/lib/votes/voter-cookie";

const ArxivIdSchema = z.string().min(1).max(64);

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
    jar.set(VOTER_COOKIE, cookie, { httpOnly: true, sameSite: "lax", path: "/", maxAge: VOTER_COOKIE_MAX_AGE, secure: requestHeaders.get("x-forwarded-proto") === "https" });
  }
  const state = await toggleVote(parsed.data, voterId);
  return state ? { ok: true, ...state } : { ok: false, error: "Unknown paper." };
}
