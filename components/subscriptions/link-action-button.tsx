"use client";

import { useActionState } from "react";
import type { LinkActionState } from "@/lib/subscriptions/actions";

/** A POST button for a link from an email: opening the link (GET) never changes anything. */
export function LinkActionButton({ action, label, tone = "primary", size = "md" }: { action: () => Promise<LinkActionState>; label: string; tone?: "primary" | "danger" | "plain"; size?: "md" | "sm" }) {
  const [state, run, pending] = useActionState<LinkActionState>(action, null);
  const colors = {
    primary: "bg-accent-600 text-white hover:bg-accent-700",
    danger: "bg-red-600 text-white hover:bg-red-700",
    plain: "border border-zinc-300 hover:border-zinc-500 dark:border-zinc-700",
  }[tone];
  return (
    <form action={run} className="space-y-3">
      {state?.ok ? null : (
        <button type="submit" disabled={pending} className={`rounded-lg font-semibold disabled:opacity-60 ${size === "sm" ? "px-3 py-1 text-sm" : "px-4 py-2"} ${colors}`}>
          {pending ? "Working…" : label}
        </button>
      )}
      <p role="status" aria-live="polite" className={`${size === "sm" ? "text-sm empty:hidden " : ""}${state?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
        {state?.message}
      </p>
    </form>
  );
}
