import type { Db } from "@/lib/platform/database";
import { HOLDS_ITS_CONTENT } from "@/lib/digest/deliveries";
import { SnapshotSchema } from "@/lib/watches/describe-change";
import type { WatchedChange } from "@/lib/watches/watched-items";

export type { WatchedChange };

// The changes of watched papers (PaperChange rows, written by a trigger: lib/watches/) as
// deliveries report them: which a subscriber has not been told of, and a claim's own.

type Row = Omit<WatchedChange, "before" | "after"> & { before: unknown; after: unknown };

// A row the trigger wrote is well-formed; one that is not (hand-edited) is left out, not sent half-read.
function toChange(row: Row): WatchedChange | null {
  const before = SnapshotSchema.safeParse(row.before);
  const after = SnapshotSchema.safeParse(row.after);
  if (!before.success || !after.success) return null;
  return { ...row, before: before.data, after: after.data };
}

/**
 * Per subscriber: changes of the papers they watch, recorded since they started watching, that
 * no delivery of another digest holds (see deliveries.ts). Changes a delivery of `digestId`
 * itself holds are included, so a rerun of the period computes what its first claim did.
 */
export async function unreportedChanges(db: Db, subscriberIds: string[], digestId: number): Promise<Map<string, WatchedChange[]>> {
  if (!subscriberIds.length) return new Map();
  const rows = await db.$queryRaw<(Row & { subscriberId: string })[]>`
    SELECT w."subscriberId", c."id", c."paperId", p."arxivId", p."isDemo", c."before", c."after", c."detectedAt"
    FROM "Watch" w
    JOIN "PaperChange" c ON c."paperId" = w."paperId" AND c."detectedAt" >= w."createdAt"
    JOIN "Paper" p ON p."id" = c."paperId"
    WHERE w."subscriberId" = ANY(${subscriberIds}::text[])
      AND NOT EXISTS (
        SELECT 1 FROM "DigestDelivery" d
        WHERE d."subscriberId" = w."subscriberId" AND d."digestId" <> ${digestId} AND c."id" = ANY(d."changeIds") AND ${HOLDS_ITS_CONTENT})
    ORDER BY w."subscriberId", c."id"`;
  const bySubscriber = new Map<string, WatchedChange[]>();
  for (const { subscriberId, ...row } of rows) {
    const change = toChange(row);
    if (change) bySubscriber.set(subscriberId, [...(bySubscriber.get(subscriberId) ?? []), change]);
  }
  return bySubscriber;
}

/** Changes by id (a reclaimed delivery resends exactly the changes of its first claim). */
export async function changesByIds(db: Db, ids: number[]): Promise<Map<number, WatchedChange>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id", c."paperId", p."arxivId", p."isDemo", c."before", c."after", c."detectedAt"
    FROM "PaperChange" c JOIN "Paper" p ON p."id" = c."paperId"
    WHERE c."id" = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.flatMap((row) => {
    const change = toChange(row);
    return change ? [[change.id, change] as const] : [];
  }));
}

/** The claim's changes in its order, from those at hand or the database. */
export async function claimedChanges(db: Db, changeIds: number[], known: readonly WatchedChange[] = []): Promise<WatchedChange[]> {
  const byId = new Map(known.map((c) => [c.id, c]));
  const missing = changeIds.filter((id) => !byId.has(id));
  if (missing.length) for (const [id, change] of await changesByIds(db, missing)) byId.set(id, change);
  return changeIds.map((id) => byId.get(id)).filter((c) => c !== undefined);
}
