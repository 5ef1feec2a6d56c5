"use client";

// The parts of /saved that depend on this browser's list. The page itself renders the list its
// URL names (cacheable like any view); these compare that with the list kept here.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { changeReadingList, useReadingList } from "@/components/reading-list/use-reading-list";
import { savedHref } from "@/lib/reading-list/ids";
import { addSaved, removeSaved } from "@/lib/reading-list/list";

const papers = (n: number) => (n === 1 ? "1 paper" : `${n} papers`);
const panel = "rounded-xl border px-4 py-3 text-sm";

/** Bare /saved: opens this browser's list (its ids in the URL), or says how to start one. */
export function SavedHome() {
  const list = useReadingList();
  const router = useRouter();
  const saved = list?.saved ?? [];
  useEffect(() => {
    if (saved.length) router.replace(savedHref(saved));
  }, [saved, router]);
  if (!list) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Reading the list kept in this browser…</p>;
  if (saved.length) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Opening your {papers(saved.length)}…</p>;
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-300">
      <p className="font-medium">Your reading list is empty.</p>
      <p className="mt-1 text-sm">Star a paper on any list or paper page to keep it here. The list stays in this browser; its link carries it to another.</p>
    </div>
  );
}

/**
 * On /saved?ids=…: a list from another browser (a restore link) can be saved here; the browser's
 * own list, changed since the page loaded, can be reopened. Nothing is stored without a click.
 */
export function SavedListBar({ ids }: { ids: string[] }) {
  const list = useReadingList();
  const router = useRouter();
  // What this browser held when the page loaded: unstarring a paper here does not make it "new".
  const atLoad = useRef<Set<string> | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!list) return null;
  atLoad.current ??= new Set(list.saved);
  const fresh = ids.filter((id) => !atLoad.current!.has(id));

  const save = () => {
    let result: ReturnType<typeof addSaved> | null = null;
    const stored = changeReadingList((l) => {
      result = addSaved(l, ids);
      return result.ok ? result.list : l;
    });
    const r = result as ReturnType<typeof addSaved> | null;
    if (!r?.ok) return setOutcome({ ok: false, text: r && !r.ok ? r.problem : "Could not save." });
    if (!stored) return setOutcome({ ok: false, text: "This browser did not keep the list: storage is off or full." });
    for (const id of ids) atLoad.current!.add(id);
    setOutcome({ ok: true, text: `Saved ${papers(r.added ?? 0)} in this browser. Your reading list has ${papers(r.list.saved.length)}.` });
  };

  if (outcome) {
    return (
      <p role={outcome.ok ? "status" : "alert"} className={`${panel} ${outcome.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200" : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"}`}>
        {outcome.text}
      </p>
    );
  }
  if (fresh.length) {
    const shared = list.saved.length === 0;
    return (
      <section aria-label="Shared reading list" className={`${panel} flex flex-wrap items-center gap-3 border-accent-100 bg-accent-50 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200`}>
        <p className="flex-1">
          {shared ? `A reading list of ${papers(ids.length)}, shared by link.` : `This link holds ${papers(fresh.length)} that ${fresh.length === 1 ? "is" : "are"} not in your reading list.`}
        </p>
        <button type="button" onClick={save} className="rounded-lg bg-accent-600 px-3 py-1.5 font-medium text-white hover:bg-accent-700">
          {shared ? "Save this list in this browser" : `Add ${papers(fresh.length)} to my list`}
        </button>
      </section>
    );
  }
  const same = list.saved.length === ids.length && list.saved.every((id, i) => id === ids[i]);
  if (same) return null;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400">
      Your reading list has changed since this page opened.{" "}
      <button type="button" onClick={() => router.replace(savedHref(list.saved))} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-100">
        Show it now
      </button>
    </p>
  );
}

/** A bad list whose unknown papers are in this browser's own list (a demo paper removed): offer to drop them. */
export function UnknownIdsFix({ unknown }: { unknown: string[] }) {
  const list = useReadingList();
  const router = useRouter();
  const mine = list ? unknown.filter((id) => list.saved.includes(id)) : [];
  if (!list || !mine.length) return null;
  const remove = () => {
    changeReadingList((l) => removeSaved(l, mine));
    router.replace(savedHref(removeSaved(list, mine).saved));
  };
  return (
    <p className="mt-3 text-sm">
      {mine.length === 1 ? "That paper is" : "Those papers are"} in your own reading list.{" "}
      <button type="button" onClick={remove} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-100">
        Remove {papers(mine.length)} from your list
      </button>
    </p>
  );
}
