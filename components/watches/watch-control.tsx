"use client";

import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { browserWatchStateAction, requestWatchAction, setBrowserWatchAction, type BrowserWatchState, type WatchFormState } from "@/lib/watches/actions";
import { WATCH_HINT_COOKIE } from "@/lib/watches/browser-cookie";

const hasManageLink = () => document.cookie.split("; ").some((c) => c.startsWith(`${WATCH_HINT_COOKIE}=`));

function BellIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth={1.6}>
      <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5c0 3-1.5 4.5-2 5.5h13c-.5-1-2-2.5-2-5.5A4.5 4.5 0 0 0 10 3Zm-1.8 12.5a2 2 0 0 0 3.6 0" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * "Watch this paper" on its page. Pages are cached for everyone, so the control renders the same
 * for all and then asks the server only if this browser keeps a manage link (its hint cookie):
 * then one click watches. Otherwise it opens a form for an address, which gets a confirmation mail
 * (the answer is the same whatever the address).
 */
export function WatchControl({ arxivId }: { arxivId: string }) {
  const [browser, setBrowser] = useState<Extract<BrowserWatchState, { remembered: true }> | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toggling, startToggle] = useTransition();
  const [state, submit, pending] = useActionState<WatchFormState, FormData>(requestWatchAction.bind(null, arxivId), { ok: false });
  const panelId = useId();

  useEffect(() => {
    if (!hasManageLink()) return;
    void browserWatchStateAction(arxivId).then((answer) => answer.ok && answer.remembered && setBrowser(answer)).catch(() => {});
  }, [arxivId]);

  const buttonClass = (on: boolean) =>
    `inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-medium ${
      on ? "border-accent-500 bg-accent-50 text-accent-700 dark:bg-accent-600/20 dark:text-accent-100" : "border-zinc-300 hover:border-zinc-500 dark:border-zinc-700"
    }`;

  if (browser) {
    const toggle = () =>
      startToggle(async () => {
        setError(null);
        const answer = await setBrowserWatchAction(arxivId, !browser.watching);
        if (answer.ok) setBrowser({ ...browser, watching: answer.watching });
        else setError(answer.error);
      });
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <button type="button" onClick={toggle} disabled={toggling} aria-pressed={browser.watching} className={buttonClass(browser.watching)} title={`As ${browser.email}`}>
          <BellIcon filled={browser.watching} />
          {browser.watching ? "Watching" : "Watch"}
        </button>
        <span role="status" aria-live="polite" className={error ? "text-sm text-red-700 dark:text-red-400" : "sr-only"}>
          {error ?? (browser.watching ? "You are watching this paper." : "")}
        </span>
      </span>
    );
  }

  return (
    <span className="relative" onKeyDown={(event) => event.key === "Escape" && setOpen(false)}>
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={panelId} className={buttonClass(open)}>
        <BellIcon filled={false} />
        Watch
      </button>
      <div id={panelId} hidden={!open} className="absolute right-0 top-full z-20 mt-2 w-[min(26rem,calc(100vw-2rem))]">
        <section aria-label="Watch this paper" className="rounded-xl border border-zinc-200 bg-white p-4 shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Get an email when this paper has a new arXiv version, a code link or a journal reference.</p>
          {state.ok ? (
            <p role="status" className="mt-3 text-sm text-emerald-800 dark:text-emerald-300">
              {state.message}
            </p>
          ) : (
            <form action={submit} className="mt-3 flex flex-col gap-2" noValidate>
              <label htmlFor={`${panelId}-email`} className="sr-only">
                Your email address
              </label>
              <input
                id={`${panelId}-email`}
                name="email"
                type="email"
                required
                autoComplete="email"
                maxLength={254}
                defaultValue={state.values?.email}
                placeholder="you@university.edu"
                aria-invalid={Boolean(state.fieldError)}
                aria-describedby={`${panelId}-errors`}
                className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
              />
              <button type="submit" disabled={pending} className="rounded-lg bg-accent-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent-700 disabled:opacity-60">
                {pending ? "Sending…" : "Email me a link"}
              </button>
            </form>
          )}
          <p id={`${panelId}-errors`} aria-live="polite" className="mt-2 text-sm text-red-700 empty:hidden dark:text-red-400">
            {state.ok ? "" : (state.fieldError ?? state.message ?? "")}
          </p>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
            Subscribed already? Open the manage link from any digest and turn on one-click watching for this browser.
          </p>
        </section>
      </div>
    </span>
  );
}
