import { z } from "zod";
import { getDb } from "@/lib/platform/database";
import { toApiPaper } from "@/lib/papers/api-shape";
import { getPaper } from "@/lib/papers/queries";
import { resolveIdList } from "@/lib/reading-list/queries";
import { filtersToSearchParams, parseTrendingFiltersStrict } from "@/lib/trending/filters";
import { getTrendingPapers } from "@/lib/trending/queries";

const MAX_OFFSET = 5_000;
const LimitSchema = z.coerce.number().int().min(1).max(100).default(30);

// The cursor is an offset bound to the view it came from, so it cannot be replayed on another.
const encodeCursor = (offset: number, view: string) => Buffer.from(JSON.stringify({ o: offset, v: view })).toString("base64url");
function decodeCursor(cursor: string, view: string): number | null {
  try {
    const parsed = z.object({ o: z.number().int().min(0).max(MAX_OFFSET), v: z.string() }).parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.v === view ? parsed.o : null;
  } catch {
    return null;
  }
}

async function techniqueScores(ids: number[]) {
  const rows = await getDb().paperTechnique.findMany({
    where: { paperId: { in: ids }, tentative: false },
    select: { paperId: true, technique: true, score: true },
    orderBy: { score: "desc" },
  });
  const byPaper = new Map<number, { slug: string; score: number }[]>();
  for (const row of rows) byPaper.set(row.paperId, [...(byPaper.get(row.paperId) ?? []), { slug: row.technique, score: row.score }]);
  return byPaper;
}

type ApiResult = { status: number; body: unknown };

/**
 * GET /api/papers: the page filters, plus `limit` (1-100) and an opaque `cursor`; or `ids=` alone
 * (a reading list): those papers in that order, every id known, at most MAX_IDS.
 */
export async function listPapers(searchParams: URLSearchParams, now = new Date()): Promise<ApiResult> {
  if (searchParams.has("ids")) return listPapersByIds(searchParams);
  const { cursor, limit: rawLimit, page: _page, ...rest } = Object.fromEntries(searchParams);
  const limit = LimitSchema.safeParse(rawLimit === "" ? undefined : rawLimit);
  if (!limit.success) return { status: 400, body: { error: "limit: must be an integer from 1 to 100" } };
  const parsed = parseTrendingFiltersStrict(rest);
  if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
  const view = filtersToSearchParams(parsed.filters).toString();
  const offset = cursor ? decodeCursor(cursor, view) : 0;
  if (offset === null) return { status: 400, body: { error: "cursor: not a cursor of this query; start again without it" } };
  // Offsets map onto pages of `limit` rows: page n covers offset (n-1)*limit.
  const { papers, hasMore } = await getTrendingPapers({ ...parsed.filters, page: 1 }, now, limit.data + offset);
  const slice = papers.slice(offset, offset + limit.data);
  const scores = await techniqueScores(slice.map((p) => p.id));
  const next = offset + limit.data;
  return {
    status: 200,
    body: {
      papers: slice.map((p) => toApiPaper({ ...p, techniques: scores.get(p.id) ?? [] })),
      nextCursor: (hasMore || papers.length > next) && next <= MAX_OFFSET ? encodeCursor(next, view) : null,
    },
  };
}

async function listPapersByIds(searchParams: URLSearchParams): Promise<ApiResult> {
  const other = [...searchParams.keys()].find((key) => key !== "ids");
  if (other) return { status: 400, body: { error: `${other}: cannot be combined with ids (a list of papers is not a view)` } };
  if (searchParams.getAll("ids").length > 1) return { status: 400, body: { error: "ids: give one comma-separated list" } };
  const list = await resolveIdList(searchParams.get("ids"));
  if (!list.ok) return { status: 400, body: { error: list.error } };
  const scores = await techniqueScores(list.papers.map((p) => p.id));
  return { status: 200, body: { papers: list.papers.map((p) => toApiPaper({ ...p, techniques: scores.get(p.id) ?? [] })), nextCursor: null } };
}

/** GET /api/papers/{arxivId} */
export async function getPaperForApi(arxivId: string): Promise<ApiResult> {
  const paper = await getPaper(arxivId.slice(0, 64));
  if (!paper) return { status: 404, body: { error: `no paper with arXiv id ${arxivId.slice(0, 64)}` } };
  const listed = paper.techniqueTags.filter((t) => !t.tentative);
  const possible = paper.techniqueTags.filter((t) => t.tentative);
  return {
    status: 200,
    body: {
      ...toApiPaper({ ...paper, techniques: listed.map((t) => ({ slug: t.technique, score: t.score })) }),
      // Below the technique's bar: shown as "possibly" on the paper page, never listed in a view.
      possibleTopics: possible.map((t) => ({ slug: t.technique, score: t.score, evidence: t.evidence })),
      categories: paper.categories,
      primaryCategory: paper.primaryCategory,
      version: paper.version,
      evidence: Object.fromEntries(listed.map((t) => [t.technique, t.evidence])),
    },
  };
}
