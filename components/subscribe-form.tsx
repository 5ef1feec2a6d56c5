"use client";

import { useActionState } from "react";
import { subscribeAction, type SubscribeFormState } from "@/lib/subscriptions/actions";
import { TECHNIQUES } from "@/lib/tagging/technique-labels";

/** "Get trending papers in your email inbox": on every page. Works without JavaScript too. */
export function SubscribeForm() {
  const [state, action, pending] = useActionState<SubscribeFormState, FormData>(subscribeAction, { ok: false });
  return (
    <section aria-labelledby="subscribe-heading" className="rounded-xl border border-accent-100 bg-accent-50 p-5 dark:border-accent-700/40 dark:bg-accent-700/10">
      <h2 id="subscribe-heading" className="text-lg font-semibold">Get trending papers in your email inbox</h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-300">The top papers of your techniques, daily or weekly. One click to unsubscribe.</p>
      {state.ok ? (
        <p role="status" className="mt-3 rounded-lg bg-white px-3 py-2 text-sm text-emerald-800 dark:bg-zinc-900 dark:text-emerald-300">
          {state.message}
        </p>
      ) : (
        <form action={action} className="mt-3 space-y-3" noValidate>
          <div className="flex flex-col gap-2 sm:flex-row">
            <label htmlFor="subscribe-email" className="sr-only">Email address</label>
            <input
              id="subscribe-email"
              name="email"
              type="email"
              required
              autoComplete="email"
              maxLength={254}
              defaultValue={state.values?.email}
              placeholder="you@university.edu"
              aria-invalid={Boolean(state.fieldErrors?.email)}
              aria-describedby="subscribe-errors"
              className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
            />
            <select name="cadence" defaultValue="weekly" aria-label="How often" className="rounded-lg border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
              <option value="weekly">Weekly</option>
              <option value="daily">Daily</option>
            </select>
            <button type="submit" disabled={pending} className="rounded-lg bg-accent-600 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
              {pending ? "Subscribing…" : "Subscribe"}
            </button>
          </div>
          <fieldset>
            <legend className="text-xs text-zinc-600 dark:text-zinc-300">Techniques (none ticked = all)</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {TECHNIQUES.map((t) => (
                <label key={t.slug} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="topics" value={t.slug} className="accent-accent-600" />
                  {t.label}
                </label>
              ))}
            </div>
          </fieldset>
          <div id="subscribe-errors" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
            {state.fieldErrors?.email?.[0] ?? state.fieldErrors?.topics?.[0] ?? state.fieldErrors?.cadence?.[0] ?? state.message}
          </div>
        </form>
      )}
    </section>
  );
}
