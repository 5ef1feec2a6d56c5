"use client";

import { useOptimistic, useState, useTransition } from "react";
import { rememberMyVote, useMyVote } from "@/components/votes/my-votes";
import { toggleVoteAction } from "@/lib/votes/actions";

/**
 * Upvote toggle: the count moves at once (optimistic) and settles on the server's answer. Shows
 * in-app votes plus Hugging Face upvotes (the points trending ranks by); toggles only ours.
 * Whether this browser voted arrives after load (pages are cached for everyone).
 */
export function VoteButton({ arxivId, votes, externalUpvotes = 0, size = "md" }: { arxivId: string; votes: number; externalUpvotes?: number; size?: "md" | "lg" }) {
  const mine = useMyVote(arxivId) ?? false;
  const [answer, setAnswer] = useState<{ votes: number; voted: boolean } | null>(null);
  const state = answer ?? { votes, voted: mine };
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onClick = () =>
    startTransition(async () => {
      setError(null);
      setOptimistic({ voted: !state.voted, votes: state.votes + (state.voted ? -1 : 1) });
      const result = await toggleVoteAction(arxivId);
      if (!result.ok) return setError(result.error);
      setAnswer({ voted: result.voted, votes: result.votes });
      rememberMyVote(arxivId, result.voted);
    });

  const box = size === "lg" ? "h-16 w-14" : "h-14 w-12";
  return (
    <div className="flex flex-col items-center">
      <button
        type="button"
        onClick={onClick}
        aria-pressed={optimistic.voted}
        aria-label={`${optimistic.voted ? "Remove your upvote" : "Upvote"} (${optimistic.votes + externalUpvotes} votes)`}
        title={externalUpvotes ? `${optimistic.votes} here + ${externalUpvotes} on Hugging Face` : undefined}
        data-pending={pending || undefined}
        className={`flex ${box} flex-col items-center justify-center rounded-lg border text-sm font-semibold tabular-nums transition-colors ${
          optimistic.voted
            ? "border-accent-500 bg-accent-50 text-accent-700 dark:border-accent-500 dark:bg-accent-600/20 dark:text-accent-100"
            : "border-zinc-200 bg-white text-zinc-700 hover:border-accent-500 hover:text-accent-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
        }`}
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M10 4 3 12h4.5v4h5v-4H17z" />
        </svg>
        <span data-testid="vote-count">{optimistic.votes + externalUpvotes}</span>
      </button>
      {error ? (
        <p role="alert" className="mt-1 max-w-24 text-center text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
