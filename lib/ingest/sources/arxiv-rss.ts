import Parser from "rss-parser";
import { settings } from "@/lib/platform/settings";
import { parseArxivId } from "@/lib/ingest/arxiv-id";
import { fetchFeed, type FetchOptions } from "@/lib/ingest/fetch-feed";
import { cleanOptional, cleanText, extractCodeUrls, parseDate, splitAuthors } from "@/lib/ingest/normalize";
import { arxivRateLimiter } from "@/lib/ingest/rate-limit";
import { toItemResult, type ItemResult } from "@/lib/ingest/schemas";
import { assertNotHtml, FeedError, type IngestAdapter } from "@/lib/ingest/source";

type RssItem = {
  title?: unknown;
  link?: string;
  guid?: unknown;
  content?: unknown;
  creator?: unknown;
  categories?: unknown[];
  pubDate?: string;
  announceType?: unknown;
};

const parser = new Parser<{ skipDays?: unknown }, RssItem>({
  customFields: { item: [["arxiv:announce_type", "announceType"]] },
});

// Since 2024 the description reads "arXiv:2401.12345v2 Announce Type: replace \nAbstract: …".
const DESCRIPTION = /^\s*arXiv:(\S+)\s+Announce Type:\s*([\w-]+)\s*(?:Abstract:\s*)?/i;

/** rss.arxiv.org/rss/cs.LG+cs.CL+…: one request for every category, one conditional validator. */
export function arxivRssSource(options: { baseUrl?: string; categories?: string[]; fetch?: FetchOptions } = {}): IngestAdapter {
  const categories = options.categories ?? settings().INGEST_CATEGORIES.split(",").map((c) => c.trim()).filter(Boolean);
  const url = `${(options.baseUrl ?? settings().ARXIV_RSS_URL).replace(/\/$/, "")}/${categories.join("+")}`;
  return {
    id: "arxiv-rss",
    expectedEveryHours: 26,
    async *read(context) {
      const result = await fetchFeed(url, { limiter: arxivRateLimiter, accept: "application/rss+xml, application/xml;q=0.9", ...options.fetch, conditional: context.conditional });
      if (result.status === "not-modified") {
        context.log("arxiv-rss: not modified since the last fetch");
        return;
      }
      const { items } = await parseArxivRss(result.body, context.now);
      context.saveConditional(result.conditional);
      yield* items;
    },
  };
}

/** Parses a whole listing; a broken document throws, a broken item becomes a rejection. */
export async function parseArxivRss(xml: string, now: Date): Promise<{ items: ItemResult[]; skipDays: string[] }> {
  assertNotHtml(xml, "arxiv-rss");
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    throw new FeedError(`arxiv-rss: unreadable feed: ${(error as Error).message.split("\n")[0]}`);
  }
  const items = (feed.items ?? []).map((item, index): ItemResult => {
    const { candidate, ref } = mapItem(item, index);
    return candidate ? toItemResult(candidate, ref, now) : { ok: false, ref, reason: "no arXiv id in guid, description or link" };
  });
  return { items, skipDays: readSkipDays(feed.skipDays) };
}

function mapItem(item: RssItem, index: number): { candidate: object | null; ref: string } {
  const description = textOf(item.content);
  const head = DESCRIPTION.exec(description);
  const parsedId = parseArxivId(textOf(item.guid)) ?? parseArxivId(head?.[1]) ?? parseArxivId(item.link);
  const ref = parsedId ? parsedId.id : `item ${index + 1}${item.guid ? ` (${textOf(item.guid).slice(0, 80)})` : ""}`;
  if (!parsedId) return { candidate: null, ref };
  const abstract = cleanText(head ? description.slice(head[0].length) : description);
  const publishedAt = parseDate(item.pubDate);
  return {
    ref,
    candidate: {
      arxivId: parsedId.id,
      version: parsedId.version,
      title: cleanText(textOf(item.title)),
      abstract,
      authors: splitAuthors(textOf(item.creator)),
      primaryCategory: null,
      categories: [...new Set((item.categories ?? []).map(textOf).map(cleanText).filter(Boolean))],
      publishedAt,
      revisedAt: null,
      absUrl: `https://arxiv.org/abs/${parsedId.id}`,
      pdfUrl: `https://arxiv.org/pdf/${parsedId.id}`,
      codeUrls: extractCodeUrls(abstract),
      projectUrl: null,
      comments: null,
      doi: null,
      journalRef: null,
      signal: null,
    },
  };
}

/** xml2js gives a string, or { _: text, $: attributes } when the element has attributes. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "_" in value && typeof value._ === "string") return value._;
  return "";
}

function readSkipDays(value: unknown): string[] {
  const days = (value as { day?: unknown[] } | undefined)?.day;
  return Array.isArray(days) ? days.map(textOf).map((d) => cleanOptional(d)).filter((d): d is string => !!d) : [];
}
