"use client";

import { useState } from "react";
import { changeReadingList, useIsRead, useReadingList } from "@/components/reading-list/use-reading-list";
import { toggleRead, toggleSaved } from "@/lib/reading-list/list";

type Variant = "icon" | "labelled";

// Toggle buttons with one accessible name each; aria-pressed says the state. Quiet until used:
// grey outlines, filled when on.
const base = "inline-flex items-center justify-center rounded-md transition-colors focus-visible:outline-2";
const look = (variant: Variant, on: boolean, tint: string) =>
  variant === "icon"
    ? `${base} size-8 ${on ? tint : "text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"}`
    : `${base} gap-1.5 border px-3 py-1.5 text-sm font-medium ${on ? `${tint} border-current` : "border-zinc-300 text-zinc-700 hover:border-zinc-500 dark:border-zinc-700 dark:text-zinc-200"}`;

function StarIcon({ on }: { on: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill={on ? "currentColor" : "none"} stroke="currentColor" strokeWidth={1.6} strokeLinejoin="round">
      <path d="m10 2.8 2.2 4.5 5 .7-3.6 3.5.9 4.9-4.5-2.4-4.5 2.4.9-4.9L2.8 8l5-.7z" />
    </svg>
  );
}

function CheckIcon({ on }: { on: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth={on ? 2.4 : 1.6} strokeLinecap="round" strokeLinejoin="round">
      {on ? <path d="m4 10.5 4 4 8-9" /> : <><circle cx="10" cy="10" r="7.2" /><path d="m7 10.2 2.2 2.2L13.3 8" /></>}
    </svg>
  );
}

/** Star: keep the paper in this browser's reading list (/saved). */
export function SaveButton({ arxivId, variant = "icon" }: { arxivId: string; variant?: Variant }) {
  const saved = useReadingList()?.saved.includes(arxivId) ?? false;
  const [problem, setProblem] = useState<string | null>(null);
  const onClick = () => {
    let refused: string | null = null;
    const stored = changeReadingList((list) => {
      const change = toggleSaved(list, arxivId);
      if (change.ok) return change.list;
      refused = change.problem;
      return list;
    });
    setProblem(refused ?? (stored ? null : "This browser did not keep it: storage is off or full."));
  };
  return (
    <>
      <button
        type="button"
        onClick={onClick}
        aria-pressed={saved}
        aria-label={variant === "icon" ? "Save to reading list" : undefined}
        title={saved ? "In your reading list (click to remove)" : "Save to your reading list"}
        className={look(variant, saved, "text-amber-600 dark:text-amber-400")}
      >
        <StarIcon on={saved} />
        {variant === "labelled" ? "Save" : null}
      </button>
      {problem ? <span role="alert" className="text-xs text-red-700 dark:text-red-400">{problem}</span> : null}
    </>
  );
}

/** Read mark: lists can then hide the paper ("Hide read"). */
export function ReadButton({ arxivId, variant = "icon" }: { arxivId: string; variant?: Variant }) {
  const read = useIsRead(arxivId);
  return (
    <button
      type="button"
      onClick={() => changeReadingList((list) => toggleRead(list, arxivId))}
      aria-pressed={read}
      aria-label={variant === "icon" ? "Mark as read" : undefined}
      title={read ? "Marked read (click to unmark)" : "Mark as read"}
      className={look(variant, read, "text-emerald-700 dark:text-emerald-400")}
    >
      <CheckIcon on={read} />
      {variant === "labelled" ? "Mark read" : null}
    </button>
  );
}
