import sax from "sax";
import { describe, expect, it } from "vitest";
import { renderFeed } from "@/lib/feeds/render-feed";
import { DEFAULT_FILTERS } from "@/lib/trending/filters";
import type { PaperCardRow } from "@/lib/trending/queries";

const NOW = new Date("2026-11-25T12:00:00Z");
const hostile: PaperCardRow = {
  id: 1,
  arxivId: "2611.00300",
  title: "Bits & <b>bytes</b>: \u0001 $\\mathcal{O}(n)$ \"experts\"",
  abstract: "Abstract with ]]> and </description> inside.",
  snippet: null,
  authors: ["Ada Lovelace", "O'Brien"],
  publishedAt: NOW,
  isDemo: false,
  votes: 2,
  externalUpvotes: 3,
  absUrl: "https://arxiv.org/abs/2611.00300",
  pdfUrl: null,
  codeUrls: [],
  techniques: ["moe"],
  facts: [], categories: ["cs.LG"],
};

function parseXml(text: string) {
  const parser = sax.parser(true);
  const names: string[] = [];
  const texts: string[] = [];
  parser.onopentag = (node) => names.push(node.name);
  parser.ontext = (t) => texts.push(t);
  parser.write(text).close(); // throws on malformed XML
  return { names, text: texts.join("") };
}

describe("renderFeed", () => {
  const filters = { ...DEFAULT_FILTERS, techniques: ["moe"], q: "routing & <gating>" };

  it("writes well-formed RSS 2.0 with untrusted text escaped", async () => {
    const response = renderFeed("rss", filters, [hostile], NOW);
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    const { names, text } = parseXml(await response.text());
    expect(names).toEqual(expect.arrayContaining(["rss", "channel", "item", "guid", "pubDate", "atom:link"]));
    expect(text).toContain('Bits & <b>bytes</b>:  $\\mathcal{O}(n)$ "experts"');
  });

  it("writes well-formed Atom 1.0 with ids, dates and a self link", async () => {
    const xml = await renderFeed("atom", filters, [hostile], NOW).text();
    const { names } = parseXml(xml);
    expect(names).toEqual(expect.arrayContaining(["feed", "entry", "id", "updated", "author"]));
    expect(xml).toContain('rel="self"');
    expect(xml).toContain("topics=moe&amp;q=routing");
  });

  it("writes JSON Feed 1.1", async () => {
    const feed = await renderFeed("json", filters, [hostile], NOW).json();
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0]).toMatchObject({ id: "https://arxiv.org/abs/2611.00300", title: hostile.title, tags: ["MoE"] });
  });
});
