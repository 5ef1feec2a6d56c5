import { db } from "@/lib/db";
import { bumpDataVersion } from "@/lib/trending/view-cache";

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

/** Which of these papers the voter has voted for. */
export async function getVotedPaperIds(voterId: string | null, paperIds: number[]): Promise<Set<number>> {
  if (!voterId || paperIds.length === 0) return new Set();
  const rows = await db.vote.findMany({ where: { voterId, paperId: { in: paperIds } }, select: { paperId: true } });
  return new Set(rows.map((r) => r.paperId));
}
