import { db } from "@/lib/db";
import { bumpDataVersion } from "@/lib/web/data-version";

export type VoteState = { voted: boolean; votes: number };

/**
 * Adds the voter's vote to a paper, or removes it when present; Paper.votes moves in the same
 * transaction, so the count always equals the rows. Null when the paper does not exist.
 */
export async function toggleVote(arxivId: string, voterId: string): Promise<VoteState | null> {
  const result = await db.$transaction(async (tx) => {
    const paper = await tx.paper.findUnique({ where: { arxivId }, select: { id: true } });
    if (!paper) return null;
    const removed = await tx.vote.deleteMany({ where: { paperId: paper.id, voterId } });
    if (removed.count === 0) {
      const inserted = await tx.$executeRaw`INSERT INTO "Vote" ("paperId", "voterId") VALUES (${paper.id}, ${voterId}) ON CONFLICT DO NOTHING`;
      const { votes } = await tx.paper.update({ where: { id: paper.id }, data: { votes: { increment: inserted } }, select: { votes: true } });
      return { voted: true, votes };
    }
    const { votes } = await tx.paper.update({ where: { id: paper.id }, data: { votes: { decrement: removed.count } }, select: { votes: true } });
    return { voted: false, votes };
  });
  if (result) bumpDataVersion();
  return result;
}

/** Which of these papers (by arXiv id) the voter has voted for. */
export async function getVotedArxivIds(voterId: string, arxivIds: string[]): Promise<string[]> {
  const rows = await db.vote.findMany({ where: { voterId, paper: { arxivId: { in: arxivIds } } }, select: { paper: { select: { arxivId: true } } } });
  return rows.map((r) => r.paper.arxivId);
}
