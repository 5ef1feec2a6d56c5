"use client";

// Which papers this browser has upvoted. Pages are cached and shared by everyone (see
// lib/web/cached-handler.ts), so they render every button unpressed; each button then asks here.
// Ids are batched into one server action per render, and only browsers that have ever voted
// (they carry the readable VOTER_HINT_COOKIE beside the httpOnly voter cookie) ask at all.
import { useEffect, useSyncExternalStore } from "react";
import { myVotesAction } from "@/lib/votes/actions";
import { VOTER_HINT_COOKIE } from "@/lib/votes/voter-hint";

const known = new Map<string, boolean>();
const listeners = new Set<() => void>();
const queued = new Set<string>();
let flushing: ReturnType<typeof setTimeout> | undefined;

const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));
const hasEverVoted = () => document.cookie.split("; ").some((c) => c.startsWith(`${VOTER_HINT_COOKIE}=`));

async function flush() {
  flushing = undefined;
  const ids = [...queued];
  queued.clear();
  const answer = await myVotesAction(ids).catch(() => null);
  const voted = new Set(answer?.ok ? answer.arxivIds : []);
  for (const id of ids) known.set(id, voted.has(id));
  emit();
}

/** This browser's vote on a paper: undefined until known (and on the server). */
export function useMyVote(arxivId: string): boolean | undefined {
  useEffect(() => {
    if (known.has(arxivId) || !hasEverVoted()) return;
    queued.add(arxivId);
    flushing ??= setTimeout(flush, 0);
  }, [arxivId]);
  return useSyncExternalStore(subscribe, () => known.get(arxivId), () => undefined);
}

/** Records the server's answer to a toggle, so other views of the paper agree without asking. */
export function rememberMyVote(arxivId: string, voted: boolean) {
  known.set(arxivId, voted);
  emit();
}
