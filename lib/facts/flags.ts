import type { Db } from "@/lib/platform/database";
import { hmac } from "@/lib/security/app-secret";
import { factKey } from "./fact";
import { readFacts } from "./glance";

/** Readers (client addresses) who said a figure is wrong before the page shows it as disputed. */
export const DISPUTE_FLAGS = 3;

export const flagAddressHash = (address: string) => hmac(address, "fact-flag");

export type FlagOutcome = { ok: true; flags: number } | { ok: false; problem: "unknown-fact" };

/** Records one address's flag on one fact of a paper (again: no change); answers the fact's flag count. */
export async function flagFact(db: Db, arxivId: string, key: string, addressHash: string): Promise<FlagOutcome> {
  const paper = await db.paper.findUnique({ where: { arxivId }, select: { id: true, facts: true } });
  if (!paper || !readFacts(paper.facts).some((fact) => factKey(fact) === key)) return { ok: false, problem: "unknown-fact" };
  await db.factFlag.upsert({
    where: { paperId_factKey_addressHash: { paperId: paper.id, factKey: key, addressHash } },
    create: { paperId: paper.id, factKey: key, addressHash },
    update: {},
  });
  return { ok: true, flags: await db.factFlag.count({ where: { paperId: paper.id, factKey: key } }) };
}

/** Flag counts of a paper's facts, by factKey. */
export async function getFlagCounts(db: Db, paperId: number): Promise<Map<string, number>> {
  const rows = await db.factFlag.groupBy({ by: ["factKey"], where: { paperId }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.factKey, row._count._all]));
}
