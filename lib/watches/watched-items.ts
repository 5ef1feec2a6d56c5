import { appUrl } from "@/lib/platform/settings";
import { changeLines, describeChange, type Snapshot } from "@/lib/watches/describe-change";
import type { WatchedPaperItem } from "@/emails/components/watched-papers";

/** One recorded change of a watched paper (a PaperChange row) with what a mail needs of the paper. */
export type WatchedChange = { id: number; paperId: number; arxivId: string; isDemo: boolean; before: Snapshot; after: Snapshot; detectedAt: Date };

/**
 * The "Papers you watch" items of a mail: one per paper, saying what changed between the paper
 * as it was before its first reported change and as it is after the last (a v2 and, an hour
 * later, its code link read as one update). Papers in the order their first change arrived.
 */
export function watchedPaperItems(changes: readonly WatchedChange[]): WatchedPaperItem[] {
  const byPaper = new Map<number, WatchedChange[]>();
  for (const change of [...changes].sort((a, b) => a.id - b.id)) byPaper.set(change.paperId, [...(byPaper.get(change.paperId) ?? []), change]);
  const site = appUrl();
  return [...byPaper.values()].flatMap((list) => {
    const first = list[0];
    const last = list.at(-1)!;
    const lines = changeLines(describeChange(first.before, last.after));
    if (!lines.length) return [];
    return [{
      title: last.after.title,
      url: `${site}/papers/${first.arxivId}`,
      arxivUrl: first.isDemo ? null : `https://arxiv.org/abs/${first.arxivId}v${last.after.version}`,
      lines,
    }];
  });
}
