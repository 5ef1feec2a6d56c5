import { getDb } from "@/lib/platform/database";
import { parseIdList } from "@/lib/reading-list/ids";
import { CARD_COLUMNS, type PaperCardRow } from "@/lib/trending/queries";

/** The cards of these papers, in the order given, and the ids no paper has. */
export async function getPapersByArxivIds(ids: readonly string[]): Promise<{ papers: PaperCardRow[]; unknown: string[] }> {
  if (!ids.length) return { papers: [], unknown: [] };
  const rows = await getDb().$queryRaw<PaperCardRow[]>`
    SELECT ${CARD_COLUMNS}, NULL AS "snippet" FROM "Paper" p WHERE p."arxivId" = ANY(${[...ids]}::text[])`;
  const byId = new Map(rows.map((r) => [r.arxivId, r]));
  return { papers: ids.map((id) => byId.get(id)).filter((p) => p !== undefined), unknown: ids.filter((id) => !byId.has(id)) };
}

export type ResolvedList = { ok: true; ids: string[]; papers: PaperCardRow[] } | { ok: false; error: string; unknown?: string[] };

const listed = (ids: string[]) => (ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", "));

/**
 * The papers of an `ids=` parameter, for the API, the feeds and /saved. A list naming a paper we
 * do not hold is refused whole: it was mistyped, cut short or tampered with, and a feed or a
 * restore that silently dropped papers would hide that.
 */
export async function resolveIdList(raw: string | null | undefined): Promise<ResolvedList> {
  const parsed = parseIdList(raw);
  if (!parsed.ok) return parsed;
  const { papers, unknown } = await getPapersByArxivIds(parsed.ids);
  if (unknown.length) {
    return { ok: false, error: `ids: no paper here with arXiv id${unknown.length > 1 ? "s" : ""} ${listed(unknown)}`, unknown };
  }
  return { ok: true, ids: parsed.ids, papers };
}
