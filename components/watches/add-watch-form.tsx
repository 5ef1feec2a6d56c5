"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { LinkActionState } from "@/lib/subscriptions/actions";

/** The manage page's "watch a paper by its arXiv id or link". */
export function AddWatchForm({ action }: { action: (state: LinkActionState, form: FormData) => Promise<LinkActionState> }) {
  const [state, run, pending] = useActionState<LinkActionState, FormData>(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh(); // the list above gains the paper
  }, [state, router]);
  return (
    <form action={run} className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="watch-paper" className="sr-only">
          arXiv id or link of a paper to watch
        </label>
        <input id="watch-paper" name="paper" required maxLength={300} placeholder="arXiv id or link, e.g. 2401.04088" className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950" />
        <button type="submit" disabled={pending} className="rounded-lg bg-accent-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
          {pending ? "Adding…" : "Watch paper"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`text-sm empty:hidden ${state?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
        {state?.message}
      </p>
    </form>
  );
}
