import Link from "next/link";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { AddWatchForm } from "@/components/watches/add-watch-form";
import type { LinkActionState } from "@/lib/subscriptions/actions";
import type { WatchedPaper } from "@/lib/watches/manage-watches";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

type Props = {
  papers: WatchedPaper[];
  alertsOnly: boolean;
  unwatch: (arxivId: string) => () => Promise<LinkActionState>;
  add: (state: LinkActionState, form: FormData) => Promise<LinkActionState>;
  remembered: boolean;
  remember: (on: boolean) => () => Promise<LinkActionState>;
};

/** The manage page's "Papers you watch": the list with "Stop watching", and a way to add one. */
export function WatchedPapers({ papers, alertsOnly, unwatch, add, remembered, remember }: Props) {
  return (
    <section aria-labelledby="watched-heading" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div>
        <h2 id="watched-heading" className="font-semibold">Papers you watch</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          A new arXiv version, a code link or a journal reference shows {alertsOnly ? "in an alert (at most one an hour)" : "in your next digest"}, once.
        </p>
      </div>
      {papers.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {papers.map((paper) => (
            <li key={paper.arxivId} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 flex-1">
                <Link href={`/papers/${paper.arxivId}`} className="font-medium hover:underline">
                  {paper.title}
                </Link>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {paper.isDemo ? "demo paper" : `arXiv:${paper.arxivId}v${paper.version}`} · watching since {day.format(paper.since)}
                </p>
              </div>
              <LinkActionButton action={unwatch(paper.arxivId)} label="Stop watching" tone="plain" size="sm" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">None yet. Use “Watch” on a paper&apos;s page, or add one here.</p>
      )}
      <AddWatchForm action={add} />
      <div className="border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <LinkActionButton
          action={remember(!remembered)}
          label={remembered ? "Forget this browser" : "Watch in one click from paper pages in this browser"}
          tone="plain"
          size="sm"
        />
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {remembered
            ? "This browser keeps your manage link (in a cookie scripts cannot read), so paper pages show a one-click Watch."
            : "Keeps this manage link in a cookie scripts cannot read. Only on a browser that is yours."}
        </p>
      </div>
    </section>
  );
}
