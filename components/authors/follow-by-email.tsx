"use client";

import { useActionState } from "react";
import type { FollowState } from "@/lib/authors/actions";

/** "Follow in your digest" on an author page: by address, confirmed from the inbox. */
export function FollowByEmail({ action, name }: { action: (state: FollowState, form: FormData) => Promise<FollowState>; name: string }) {
  const [state, run, pending] = useActionState<FollowState, FormData>(action, null);
  return (
    <section aria-labelledby="follow-heading" className="rounded-xl border border-accent-100 bg-accent-50 p-4 dark:border-accent-700/40 dark:bg-accent-700/10">
      <h2 id="follow-heading" className="font-semibold">Follow {name}</h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-300">Their new papers in your digest, in a section “From authors you follow”.</p>
      {state?.ok ? (
        <p role="status" className="mt-3 rounded-lg bg-white px-3 py-2 text-sm text-emerald-800 dark:bg-zinc-900 dark:text-emerald-300">
          {state.message}
        </p>
      ) : (
        <form action={run} className="mt-3 flex flex-col gap-2 sm:flex-row" noValidate>
          <label htmlFor="follow-email" className="sr-only">
            Email address
          </label>
          <input
            id="follow-email"
            name="email"
            type="email"
            required
            autoComplete="email"
            maxLength={254}
            defaultValue={state?.values?.email}
            placeholder="you@university.edu"
            aria-describedby="follow-errors"
            className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
          <button type="submit" disabled={pending} className="rounded-lg bg-accent-600 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
            {pending ? "Sending…" : "Follow"}
          </button>
        </form>
      )}
      <p id="follow-errors" aria-live="polite" className="mt-2 text-sm text-red-700 empty:hidden dark:text-red-400">
        {state && !state.ok ? state.message : null}
      </p>
    </section>
  );
}
