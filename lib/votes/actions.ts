"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { appUrl } from "@/lib/platform/settings";
import { isPossibleArxivId } from "@/lib/arxiv-id-param";
import { readClient } from "@/lib/web/client-address";
import { addressSlot, bucketKey, voteDay } from "@/lib/votes/client-keys";
import { takeVoteToken } from "@/lib/platform/rate-limit";
import { deleteStaleVoteLimitsNowAndThen } from "@/lib/votes/stale-limits";
import { getVotedArxivIds, toggleVote, type VoteState } from "@/lib/votes/toggle-vote";
import { addressVoterCookie, VOTER_COOKIE, VOTER_COOKIE_MAX_AGE, voterIdFromCookie } from "@/lib/votes/voter-cookie";
import { VOTER_HINT_COOKIE } from "@/lib/votes/voter-hint";

// Server actions are public endpoints: anyone can call them with any arguments, so both parse
// what they get and answer a result, never an exception.
const ArxivIdSchema = z.string().refine(isPossibleArxivId);
const ArxivIdsSchema = z.array(ArxivIdSchema).max(200);

export type VoteResult = ({ ok: true } & VoteState) | { ok: false; error: string };
export type MyVotesResult = { ok: true; arxivIds: string[] } | { ok: false; error: string };

const PROBLEMS = {
  "unknown-paper": "Unknown paper.",
  "address-used": "Someone on your network already voted for this paper today.",
  "rate-limited": "Too many votes at once: try again in a few seconds.",
} as const;

/**
 * Toggles this browser's vote on a paper. The model (also on /about/ranking): a signed cookie is
 * the voter; the client address (from the socket, see lib/web/client-address) is limited to a
 * burst of votes shared by every web process, and to one standing vote per paper per day.
 */
export async function toggleVoteAction(arxivId: unknown): Promise<VoteResult> {
  const parsed = ArxivIdSchema.safeParse(arxivId);
  if (!parsed.success) return { ok: false, error: PROBLEMS["unknown-paper"] };
  const { address } = readClient(await headers());
  if (!(await takeVoteToken(getDb(), bucketKey(address)))) return { ok: false, error: PROBLEMS["rate-limited"] };
  const now = new Date();
  const jar = await cookies();
  let voterId = voterIdFromCookie(jar.get(VOTER_COOKIE)?.value);
  const cookieless = !voterId;
  if (!voterId) {
    const cookie = addressVoterCookie(address, voteDay(now));
    voterId = voterIdFromCookie(cookie)!;
    const secure = appUrl().startsWith("https:");
    jar.set(VOTER_COOKIE, cookie, { httpOnly: true, sameSite: "lax", path: "/", maxAge: VOTER_COOKIE_MAX_AGE, secure });
    jar.set(VOTER_HINT_COOKIE, "1", { sameSite: "lax", path: "/", maxAge: VOTER_COOKIE_MAX_AGE, secure });
  }
  // Everyone at one address without a cookie is one voter (lib/votes/voter-cookie): such a
  // request adds that voter's vote, and only a browser holding the cookie can take it back.
  const outcome = await toggleVote(getDb(), parsed.data, voterId, addressSlot(address, now), { addOnly: cookieless });
  deleteStaleVoteLimitsNowAndThen();
  return outcome.ok ? outcome : { ok: false, error: PROBLEMS[outcome.problem] };
}

/** Which of these papers this browser has upvoted (pages are shared, so buttons ask after load). */
export async function myVotesAction(arxivIds: unknown): Promise<MyVotesResult> {
  const parsed = ArxivIdsSchema.safeParse(arxivIds);
  if (!parsed.success) return { ok: false, error: "Expected a list of at most 200 arXiv ids." };
  const voterId = voterIdFromCookie((await cookies()).get(VOTER_COOKIE)?.value);
  if (!voterId || parsed.data.length === 0) return { ok: true, arxivIds: [] };
  return { ok: true, arxivIds: await getVotedArxivIds(getDb(), voterId, parsed.data) };
}
