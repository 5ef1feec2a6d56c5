import type { Metadata } from "next";
import { SavedHome, SavedListBar, UnknownIdsFix } from "@/components/reading-list/saved-client";
import { SavedPapers } from "@/components/reading-list/saved-papers";
import { resolveIdList } from "@/lib/reading-list/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Reading list", robots: { index: false } };

// The page shows the list its URL names, so it is cached like any view; the browser's own list
// (localStorage) is applied after load: bare /saved opens /saved?ids=<this browser's list>.
export default async function SavedPage(props: Props) {
  const raw = (await props.searchParams).ids;
  const list = raw === undefined ? null : await resolveIdList(Array.isArray(raw) ? raw.join(",") : raw);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Reading list</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Papers you starred, kept in this browser (no account). Mark them read, export them as BibTeX, follow them as a feed, or open them elsewhere by link.
      </p>
      <div className="mt-5 space-y-4">
        {list === null ? (
          <SavedHome />
        ) : list.ok ? (
          <>
            <SavedListBar ids={list.ids} />
            <SavedPapers ids={list.ids} papers={list.papers} />
          </>
        ) : (
          <div role="alert" className="rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
            <p className="font-medium">This reading-list link is not valid, so nothing was saved.</p>
            <p className="mt-1">{list.error.replace(/^ids: /, "")}. It may have been cut short or changed; ask for the link again.</p>
            {list.unknown ? <UnknownIdsFix unknown={list.unknown} /> : null}
          </div>
        )}
      </div>
    </>
  );
}
