"use client";

import { useState, useTransition } from "react";
import { flagFactAction } from "@/lib/facts/actions";

/** "This number is wrong": records the reader's flag (no account; limited like votes). */
export function FlagButton({ arxivId, factKey, label }: { arxivId: string; factKey: string; label: string }) {
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });
  const [pending, startTransition] = useTransition();
  if (state.done) return <span className="text-xs text-zinc-600 dark:text-zinc-400">Thanks, noted.</span>;
  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        disabled={pending}
        aria-label={`Report ${label} as wrong`}
        onClick={() =>
          startTransition(async () => {
            const result = await flagFactAction(arxivId, factKey);
            setState(result.ok ? { done: true, error: null } : { done: false, error: result.error });
          })
        }
        className="text-xs whitespace-nowrap text-zinc-600 underline-offset-2 hover:text-red-700 hover:underline disabled:opacity-50 dark:text-zinc-400 dark:hover:text-red-300"
      >
        Wrong?
      </button>
      {state.error ? <span role="alert" className="text-xs text-red-600 dark:text-red-400">{state.error}</span> : null}
    </span>
  );
}
