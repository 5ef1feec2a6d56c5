"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FollowState } from "@/lib/authors/actions";

type Follow = { authorKey: string; name: string; confirmed: boolean };
type Props = {
  follows: Follow[];
  anyTechnique: boolean;
  follow: (state: FollowState, form: FormData) => Promise<FollowState>;
  setScope: (state: FollowState, form: FormData) => Promise<FollowState>;
  confirm: Record<string, () => Promise<FollowState>>;
  unfollow: Record<string, () => Promise<FollowState>>;
};

function RowButton({ action, label, tone }: { action: () => Promise<FollowState>; label: string; tone: "primary" | "plain" }) {
  const [state, run, pending] = useActionState<FollowState>(action, null);
  if (state?.ok) return <span className="text-sm text-emerald-700 dark:text-emerald-400">{state.message}</span>;
  return (
    <form action={run}>
      <button
        type="submit"
        disabled={pending}
        className={`rounded-lg px-3 py-1 text-sm font-medium disabled:opacity-60 ${tone === "primary" ? "bg-accent-600 text-white hover:bg-accent-700" : "border border-zinc-300 hover:border-zinc-500 dark:border-zinc-700"}`}
      >
        {label}
      </button>
      {state?.message ? <span className="ml-2 text-sm text-red-700 dark:text-red-400">{state.message}</span> : null}
    </form>
  );
}

/** The manage page's "Authors you follow": the digest's section "From authors you follow". */
export function FollowedAuthors({ follows, anyTechnique, follow, setScope, confirm, unfollow }: Props) {
  const [added, add, adding] = useActionState<FollowState, FormData>(follow, null);
  const [scoped, scope, scoping] = useActionState<FollowState, FormData>(setScope, null);
  return (
    <section aria-labelledby="follows-heading" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div>
        <h2 id="follows-heading" className="font-semibold">
          Authors you follow
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Their new papers come in a section “From authors you follow”.</p>
      </div>
      {follows.length ? (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Followed authors">
          {follows.map((f) => (
            <li key={f.authorKey} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/authors/${encodeURIComponent(f.authorKey)}`} className="font-medium hover:underline">
                  {f.name}
                </Link>
                {f.confirmed ? null : <span className="ml-2 text-sm text-amber-700 dark:text-amber-400">asked for from the author page: confirm?</span>}
              </span>
              <span className="flex gap-2">
                {f.confirmed ? null : <RowButton action={confirm[f.authorKey]} label={`Follow ${f.name}`} tone="primary" />}
                <RowButton action={unfollow[f.authorKey]} label={f.confirmed ? "Unfollow" : "Dismiss"} tone="plain" />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">None yet. Add one below, or use “Follow” on any author page.</p>
      )}
      <form action={add} className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="follow-name" className="sr-only">
          Author&apos;s name
        </label>
        <input
          id="follow-name"
          name="name"
          maxLength={200}
          defaultValue={added?.ok ? "" : added?.values?.name}
          placeholder="An author's name, e.g. Song Han"
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
        <button type="submit" disabled={adding} className="rounded-lg bg-accent-600 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
          {adding ? "Adding…" : "Follow author"}
        </button>
      </form>
      <p role="status" aria-live="polite" className={`text-sm empty:hidden ${added?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
        {added?.message}
      </p>
      <form action={scope} className="flex flex-wrap items-center gap-3 text-sm">
        <fieldset className="flex flex-wrap gap-4">
          <legend className="sr-only">Which of their papers</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="any" defaultChecked={anyTechnique} className="accent-accent-600" />
            All their papers
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="mine" defaultChecked={!anyTechnique} className="accent-accent-600" />
            Only those in my techniques
          </label>
        </fieldset>
        <button type="submit" disabled={scoping} className="rounded-lg border border-zinc-300 px-3 py-1 hover:border-zinc-500 disabled:opacity-60 dark:border-zinc-700">
          Save
        </button>
        <span aria-live="polite" className={scoped?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>
          {scoped?.message}
        </span>
      </form>
    </section>
  );
}
