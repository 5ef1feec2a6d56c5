import { CopyButton } from "@/components/paper/copy-button";
import { HideReadSwitch } from "@/components/reading-list/hide-read-switch";
import { ReadAwareItem } from "@/components/reading-list/read-aware-item";
import { FeedLinks } from "@/components/trending/follow-links";
import { PaperCard } from "@/components/trending/paper-card";
import { appUrl } from "@/lib/platform/settings";
import { idsParam, savedHref } from "@/lib/reading-list/ids";
import type { PaperCardRow } from "@/lib/trending/queries";

/** The papers of a reading list as the URL names them, and its exports: BibTeX, a link, feeds. */
export function SavedPapers({ ids, papers }: { ids: string[]; papers: PaperCardRow[] }) {
  const query = `?ids=${idsParam(ids)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {papers.length === 1 ? "1 paper" : `${papers.length} papers`}, most recently saved first.
        </p>
        <HideReadSwitch ids={ids} />
      </div>
      <ol className="space-y-4">
        {papers.map((paper) => (
          <ReadAwareItem key={paper.arxivId} arxivId={paper.arxivId}>
            <PaperCard paper={paper} />
          </ReadAwareItem>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
        <FeedLinks label="Follow this list:" feedQuery={query} bibQuery={query} />
        <span className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
          <CopyButton text={`${appUrl()}${savedHref(ids)}`} label="Copy link to this list" size="sm" />
          <span className="text-zinc-500 dark:text-zinc-400">opens it in another browser</span>
        </span>
      </div>
    </div>
  );
}
