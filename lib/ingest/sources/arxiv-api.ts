import { settings } from "@/lib/platform/settings";
import { parseArxivId } from "@/lib/ingest/arxiv-id";
import { createAtomParser, type AtomEntry } from "@/lib/ingest/atom-parser";
import { fetchFeed, type FetchOptions } from "@/lib/ingest/fetch-feed";
import { cleanOptional, cleanText, extractCodeUrls, parseDate } from "@/lib/ingest/normalize";
import { arxivRateLimiter } from "@/lib/ingest/rate-limit";
import { toItemResult, type ItemResult } from "@/lib/ingest/schemas";
import { assertNotHtml, FeedError, type IngestAdapter, type SourceContext } from "@/lib/ingest/source";

export type ArxivApiMode =
  /** Every paper submitted in [from, to] in the categories, optionally narrowed by an arXiv query. */
  | { kind: "backfill"; from: Date; to: Date; query?: string; categories?: string[] }
  /** Full metadata (primary category, comments, DOI, journal ref) for ids we hold from the RSS. */
  | { kind: "hydrate"; ids?: string[] };

type Options = { mode: ArxivApiMode; baseUrl?: string; pageSize?: number; fetch?: FetchOptions };

const HYDRATE_CHUNK = 100;
const HYDRATE_LIMIT = 1_000;
const MAX_EMPTY_PAGES = 2; // the API sometimes answers an empty page mid-result: retry it

export function arxivApiSource(options: Options): IngestAdapter {
  const base = options.baseUrl ?? settings().ARXIV_API_URL;
  const get = (params: Record<string, string>) =>
    fetchFeed(`${base}?${new URLSearchParams(params)}`, { limiter: arxivRateLimiter, accept: "application/atom+xml", timeoutMs: 60_000, ...options.fetch });
  return {
    id: "arxiv-api",
    expectedEveryHours: 26,
    async *read(context) {
      const { mode } = options;
      if (mode.kind === "hydrate") {
        const ids = mode.ids ?? (await findPapersToHydrate(context));
        for (let i = 0; i < ids.length; i += HYDRATE_CHUNK) {
          const chunk = ids.slice(i, i + HYDRATE_CHUNK);
          const page = await get({ id_list: chunk.join(","), max_results: String(chunk.length) });
          if (page.status === "ok") yield* parseArxivAtom(page.body, context.now).items;
          context.onProgress?.(Math.min(i + HYDRATE_CHUNK, ids.length), ids.length);
        }
        return;
      }
      const pageSize = options.pageSize ?? 500;
      const search_query = backfillQuery(mode);
      let empty = 0;
      for (let start = 0; ; ) {
        const page = await get({ search_query, start: String(start), max_results: String(pageSize), sortBy: "submittedDate", sortOrder: "ascending" });
        if (page.status !== "ok") break;
        const { items, total } = parseArxivAtom(page.body, context.now);
        if (items.length === 0) {
          if (total === null || start >= total || ++empty > MAX_EMPTY_PAGES) break;
          continue;
        }
        empty = 0;
        yield* items;
        start += items.length;
        context.onProgress?.(start, total);
        if (total !== null && start >= total) break;
      }
    },
  };
}

/** cat:cs.LG OR … AND submittedDate:[YYYYMMDDHHMM TO …], arXiv's own query syntax. */
export function backfillQuery(mode: Extract<ArxivApiMode, { kind: "backfill" }>): string {
  const categories = mode.categories ?? settings().INGEST_CATEGORIES.split(",").map((c) => c.trim()).filter(Boolean);
  const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(/[-T:]/g, "");
  const parts = [`(${categories.map((c) => `cat:${c}`).join(" OR ")})`, `submittedDate:[${stamp(mode.from)} TO ${stamp(mode.to)}]`];
  if (mode.query) parts.push(`(${mode.query})`);
  return parts.join(" AND ");
}

async function findPapersToHydrate({ db, now }: SourceContext): Promise<string[]> {
  // Papers from the RSS lack the primary category; a week is long enough for arXiv to answer.
  const rows = await db.paper.findMany({
    where: { primaryCategory: null, isDemo: false, createdAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } },
    select: { arxivId: true },
    orderBy: { id: "desc" },
    take: HYDRATE_LIMIT,
  });
  return rows.map((r) => r.arxivId);
}

/** One API response, parsed whole before anything is stored: a truncated page stores nothing. */
export function parseArxivAtom(xml: string, now: Date): { items: ItemResult[]; total: number | null } {
  assertNotHtml(xml, "arxiv-api");
  const parser = createAtomParser();
  parser.write(xml);
  parser.end();
  const entries = parser.take();
  const apiError = entries.find((e) => e.id.includes("/api/errors"));
  if (apiError) throw new FeedError(`arxiv-api: the API answered an error: ${cleanText(apiError.summary)}`);
  return { items: entries.map((entry, index) => toPaperResult(entry, index, now)), total: parser.meta.totalResults };
}

export function toPaperResult(entry: AtomEntry, index: number, now: Date): ItemResult {
  const parsedId = parseArxivId(entry.id);
  if (!parsedId) return { ok: false, ref: entry.id.trim() || `entry ${index + 1}`, reason: "no arXiv id in <id>" };
  const abstract = cleanText(entry.summary);
  const comments = cleanOptional(entry.comment);
  return toItemResult(
    {
      arxivId: parsedId.id,
      version: parsedId.version,
      title: cleanText(entry.title),
      abstract,
      authors: entry.authors.map(cleanText).filter(Boolean),
      primaryCategory: cleanOptional(entry.primaryCategory),
      categories: [...new Set(entry.categories.map(cleanText).filter(Boolean))],
      publishedAt: parseDate(entry.published),
      revisedAt: parseDate(entry.updated),
      absUrl: `https://arxiv.org/abs/${parsedId.id}`,
      pdfUrl: `https://arxiv.org/pdf/${parsedId.id}`,
      codeUrls: extractCodeUrls(abstract, comments),
      projectUrl: null,
      comments,
      doi: cleanOptional(entry.doi),
      journalRef: cleanOptional(entry.journalRef),
      signal: null,
    },
    parsedId.id,
    now,
  );
}
