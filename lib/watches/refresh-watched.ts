import type { Db } from "@/lib/platform/database";
import { runIngest } from "@/lib/ingest/run-ingest";
import { arxivApiSource } from "@/lib/ingest/sources/arxiv-api";

// arXiv adds a journal reference or DOI to a paper without a new version, and its RSS never says
// so; the API does. Once a day the worker asks the API about every watched paper (100 ids a
// request, 3 s apart: 5,000 papers in under three minutes), through ingest as any hydration is,
// so the trigger on "Paper" records what moved. New versions outside INGEST_CATEGORIES come too.
const LIMIT = 5_000;

export async function refreshWatchedPapers({ db, now = new Date(), log }: { db: Db; now?: Date; log?: (line: string) => void }) {
  const rows = await db.$queryRaw<{ arxivId: string }[]>`
    SELECT p."arxivId" FROM "Paper" p WHERE NOT p."isDemo" AND EXISTS (SELECT 1 FROM "Watch" w WHERE w."paperId" = p."id")
    ORDER BY p."id" DESC LIMIT ${LIMIT}`;
  if (!rows.length) return undefined;
  return runIngest({ db, sources: [arxivApiSource({ mode: { kind: "hydrate", ids: rows.map((r) => r.arxivId) } })], now, log });
}
