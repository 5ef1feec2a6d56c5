"use client";

import { changeReadingList, useReadingList } from "@/components/reading-list/use-reading-list";
import { setHideRead } from "@/lib/reading-list/list";

/** The one "Hide read" switch of every list (a setting of this browser), and what it hides here. */
export function HideReadSwitch({ ids }: { ids: string[] }) {
  const list = useReadingList();
  const on = list?.hideRead ?? false;
  const read = list ? ids.filter((id) => list.read.includes(id)).length : 0;
  const note = !on || !read ? "" : read === ids.length ? `all ${read} marked read` : `${read} hidden`;
  return (
    <div className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        onClick={() => changeReadingList((l) => setHideRead(l, !on))}
        className="group flex items-center gap-2 rounded-full py-0.5 pr-1"
      >
        <span aria-hidden className={`relative h-5 w-9 rounded-full transition-colors ${on ? "bg-accent-600" : "bg-zinc-300 dark:bg-zinc-600"}`}>
          <span className={`absolute top-0.5 size-4 rounded-full bg-white shadow transition-all ${on ? "left-4.5" : "left-0.5"}`} />
        </span>
        Hide read
      </button>
      <span aria-live="polite" className="tabular-nums text-zinc-500 dark:text-zinc-400">
        {note}
      </span>
    </div>
  );
}
