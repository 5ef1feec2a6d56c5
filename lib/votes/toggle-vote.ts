import type { Db } from "@/lib/platform/database";
import { bumpDataVersion } from "@/lib/platform/data-version";

export type VoteState = { voted: boolean; votes: number };
export type VoteOutcome = ({ ok: true } & VoteState) | { ok: false; problem: "unknown-paper" | "address-used" };

/** The client address a vote comes from, as toggleVote stores it: see lib/votes/client-keys.ts. */
export type AddressSlot = { addressHash: string; day: string };

/**
 * Adds the voter's vote to a paper, or takes it back when present; Paper.votes moves in the same
 * transaction, so the count shown always equals the rows. With `slot`, a new vote also claims the
 * paper's slot for that client address and day (VoteAddress): a second voter from the same
 * address that day gets "address-used", whatever cookie it sends. Taking a vote back frees the
 * slot its voter held. `addOnly`: a vote already there stays (a request without a cookie cannot
 * know it cast it, so it never takes one back).
 */
export async function toggleVote(db: Db, arxivId: string, voterId: string, slot?: AddressSlot, { addOnly = false } = {}): Promise<VoteOutcome> {
  let changed = false;
  const result = await db.$transaction(async (tx): Promise<VoteOutcome> => {
    const paper = await tx.paper.findUnique({ where: { arxivId }, select: { id: true } });
    if (!paper) return { ok: false, problem: "unknown-paper" };
    if (addOnly) {
      const held = await tx.vote.findUnique({ where: { paperId_voterId: { paperId: paper.id, voterId } }, select: { paperId: true } });
      if (held) return { ok: true, voted: true, votes: (await tx.paper.findUniqueOrThrow({ where: { id: paper.id }, select: { votes: true } })).votes };
    }
    const removed = await tx.vote.deleteMany({ where: { paperId: paper.id, voterId } });
    if (removed.count > 0) {
      await tx.voteAddress.deleteMany({ where: { paperId: paper.id, voterId } });
      changed = true;
      const { votes } = await tx.paper.update({ where: { id: paper.id }, data: { votes: { decrement: removed.count } }, select: { votes: true } });
      return { ok: true, voted: false, votes };
    }
    if (slot) {
      // A concurrent claim of the same slot waits on its row lock here, then sees the conflict.
      const claimed = await tx.$executeRaw`
        INSERT INTO "VoteAddress" ("paperId", "addressHash", "day", "voterId")
        VALUES (${paper.id}, ${slot.addressHash}, ${slot.day}::date, ${voterId}) ON CONFLICT DO NOTHING`;
      if (claimed === 0) return { ok: false, problem: "address-used" };
    }
    const inserted = await tx.$executeRaw`INSERT INTO "Vote" ("paperId", "voterId") VALUES (${paper.id}, ${voterId}) ON CONFLICT DO NOTHING`;
    changed = inserted > 0;
    const { votes } = await tx.paper.update({ where: { id: paper.id }, data: { votes: { increment: inserted } }, select: { votes: true } });
    return { ok: true, voted: true, votes };
  });
  if (changed) bumpDataVersion();
  return result;
}

/** Which of these papers (by arXiv id) the voter has voted for. */
export async function getVotedArxivIds(db: Db, voterId: string, arxivIds: string[]): Promise<string[]> {
  const rows = await db.vote.findMany({ where: { voterId, paper: { arxivId: { in: arxivIds } } }, select: { paper: { select: { arxivId: true } } } });
  return rows.map((r) => r.paper.arxivId);
}

/** Slots of days before yesterday can no longer conflict (hashes change daily): they go. */
export async function deleteOldAddressSlots(db: Db, now = new Date()): Promise<number> {
  const yesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  return db.voteAddress.deleteMany({ where: { day: { lt: yesterday } } }).then((r) => r.count);
}
