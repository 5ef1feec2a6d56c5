"use client";

import { useActionState } from "react";
import type { LinkActionState } from "@/lib/subscriptions/actions";
import { TECHNIQUES } from "@/lib/tagging/technique-labels";
import { SUBSCRIBER_CADENCES, type SubscriberCadence } from "@/lib/subscriptions/cadence";

type Props = {
  action: (state: LinkActionState, form: FormData) => Promise<LinkActionState>;
  techniques: string[];
  cadence: SubscriberCadence;
  sendEmpty: boolean;
  excludes: string[];
};

const LABELS: Record<SubscriberCadence, string> = {
  daily: "Daily",
  weekly: "Weekly",
  // lib/watches/: no digest, an alert (at most hourly) when a paper you watch changes.
  alerts: "No digest: only alerts about papers I watch",
};

export function PreferencesForm({ action, techniques, cadence, sendEmpty, excludes }: Props) {
  const [state, run, pending] = useActionState<LinkActionState, FormData>(action, null);
  return (
    <form action={run} className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <fieldset>
        <legend className="font-semibold">Techniques</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {TECHNIQUES.map((t) => (
            <label key={t.slug} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="topics" value={t.slug} defaultChecked={techniques.includes(t.slug)} className="mt-0.5 accent-accent-600" />
              <span>
                <span className="font-medium">{t.label}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">How often</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {SUBSCRIBER_CADENCES.map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input type="radio" name="cadence" value={c} defaultChecked={cadence === c} className="accent-accent-600" />
              {LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="excludes" className="font-semibold">
          Leave out
        </label>
        <p id="excludes-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
          Techniques or words of the title or abstract, comma-separated: <code>distillation, diffusion, &quot;survey&quot;</code>. The
          digest never sends a paper they match.
        </p>
        <input
          id="excludes"
          name="excludes"
          defaultValue={excludes.join(", ")}
          maxLength={2000}
          aria-describedby="excludes-hint"
          className="mt-2 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="sendEmpty" defaultChecked={sendEmpty} className="accent-accent-600" />
        Tell me when a period had nothing new (otherwise that digest is skipped)
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-lg bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
          {pending ? "Saving…" : "Save preferences"}
        </button>
        <p role="status" aria-live="polite" className={state?.ok ? "text-sm text-emerald-700 dark:text-emerald-400" : "text-sm text-red-700 dark:text-red-400"}>
          {state?.message}
        </p>
      </div>
    </form>
  );
}
