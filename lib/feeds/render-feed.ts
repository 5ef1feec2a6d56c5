import { glanceLine, readFacts } from "@/lib/facts/glance";
import { appUrl } from "@/lib/platform/settings";
import { filtersToSearchParams, type TrendingFilters, WINDOWS } from "@/lib/trending/filters";
import { idsParam, savedHref } from "@/lib/reading-list/ids";
import type { PaperCardRow } from "@/lib/trending/queries";
import { techniqueLabel } from "@/lib/tagging/technique-labels";

export type FeedFormat = "rss" | "atom" | "json";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

// XML 1.0 forbids most control characters even when escaped; strip them, then escape.
const xml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The feed's title: what the view shows, in words. */
export function describeView(filters: TrendingFilters) {
  const parts: string[] = [WINDOWS.find((w) => w.slug === filters.window)!.label];
  if (filters.techniques.length) parts.push(filters.techniques.map(techniqueLabel).join(" or "));
  if (filters.category) parts.push(filters.category);
  if (filters.hasCode) parts.push("with code");
  if (filters.q) parts.push(`“${filters.q}”`);
  return `Sparse Digest: ${parts.join(", ")}`;
}

/** A reading list's feed (`ids=`) instead of a view's: its title, and /saved as its page. */
export type ListSource = { ids: string[] };

export const listTitle = (ids: readonly string[]) => `Sparse Digest: a reading list of ${ids.length === 1 ? "1 paper" : `${ids.length} papers`}`;

/** One filtered view (or a reading list) as RSS 2.0, Atom 1.0 or JSON Feed 1.1, linking back to the same view. */
export function renderFeed(format: FeedFormat, filters: TrendingFilters, papers: PaperCardRow[], now: Date, list?: ListSource) {
  const base = appUrl();
  const query = list ? `ids=${idsParam(list.ids)}` : filtersToSearchParams({ ...filters, page: 1 }).toString();
  const pageUrl = list ? `${base}${savedHref(list.ids)}` : `${base}/${query ? `?${query}` : ""}`;
  const selfUrl = `${base}/feed.${format === "rss" ? "xml" : format}${query ? `?${query}` : ""}`;
  const title = list ? listTitle(list.ids) : describeView(filters);
  const items = papers.map((p) => ({
    url: `${base}/papers/${p.arxivId}`,
    id: p.isDemo ? `${base}/papers/${p.arxivId}` : `https://arxiv.org/abs/${p.arxivId}`,
    title: p.title,
    // Results at a glance first, as on the card: "Reported: 2.54 bits · 2.4× faster · Mixtral-8x7B."
    summary: glanceLine(readFacts(p.facts)) ? `Reported: ${glanceLine(readFacts(p.facts))}. ${p.abstract}` : p.abstract,
    authors: p.authors,
    date: p.publishedAt,
    tags: p.techniques.map(techniqueLabel),
  }));
  const updated = (items[0]?.date ?? now).toISOString();
  let body: string;
  if (format === "json") {
    body = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title,
      home_page_url: pageUrl,
      feed_url: selfUrl,
      items: items.map((i) => ({
        id: i.id,
        url: i.url,
        title: i.title,
        content_text: i.summary,
        date_published: i.date.toISOString(),
        authors: i.authors.map((name) => ({ name })),
        tags: i.tags,
      })),
    });
  } else if (format === "atom") {
    body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(title)}</title>
  <id>${xml(selfUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(pageUrl)}"/>
  <updated>${updated}</updated>
  <author><name>Sparse Digest</name></author>
${items
  .map(
    (i) => `  <entry>
    <title>${xml(i.title)}</title>
    <id>${xml(i.id)}</id>
    <link rel="alternate" type="text/html" href="${xml(i.url)}"/>
    <updated>${i.date.toISOString()}</updated>
    <published>${i.date.toISOString()}</published>
${i.authors.map((a) => `    <author><name>${xml(a)}</name></author>`).join("\n")}
${i.tags.map((t) => `    <category term="${xml(t)}"/>`).join("\n")}
    <summary type="text">${xml(i.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
  } else {
    body = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(pageUrl)}</link>
    <description>${xml(`${title}: trending research on Mixture-of-Experts and model compression.`)}</description>
    <atom:link href="${xml(selfUrl)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${now.toUTCString()}</lastBuildDate>
${items
  .map(
    (i) => `    <item>
      <title>${xml(i.title)}</title>
      <link>${xml(i.url)}</link>
      <guid isPermaLink="false">${xml(i.id)}</guid>
      <pubDate>${i.date.toUTCString()}</pubDate>
${i.authors.length ? `      <dc:creator>${xml(i.authors.join(", "))}</dc:creator>\n` : ""}${i.tags.map((t) => `      <category>${xml(t)}</category>`).join("\n")}
      <description>${xml(i.summary)}</description>
    </item>`,
  )
  .join("\n")}
  </channel>
</rss>
`;
  }
  return new Response(body, { headers: { "content-type": CONTENT_TYPES[format], "cache-control": "public, max-age=300" } });
}
