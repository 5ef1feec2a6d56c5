"use client";

import Link from "next/link";
import { useReadingList } from "@/components/reading-list/use-reading-list";
import { savedHref } from "@/lib/reading-list/ids";

/** "Saved" in the header: straight to this browser's list, with its size once known. */
export function SavedLink({ className }: { className: string }) {
  const saved = useReadingList()?.saved ?? [];
  return (
    <Link href={savedHref(saved)} className={className} prefetch={false} aria-label={saved.length ? `Saved (${saved.length === 1 ? "1 paper" : `${saved.length} papers`})` : undefined}>
      Saved
      {saved.length ? (
        <span aria-hidden className="ml-1 rounded-full bg-zinc-200 px-1.5 text-xs font-medium tabular-nums text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200">
          {saved.length}
        </span>
      ) : null}
    </Link>
  );
}
