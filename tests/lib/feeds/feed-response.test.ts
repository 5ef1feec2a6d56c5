import { beforeAll, describe, expect, it } from "vitest";
import { feedResponse } from "@/lib/feeds/feed-response";
import { db, resetDatabase } from "@/tests/helpers/db";

// The feeds of a reading list (`ids=`) and /feed.bib of a view, through the handler the routes call.

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const get = (path: string, format: "rss" | "atom" | "json" | "bib") => feedResponse(new Request(`http://localhost${path}`), format);

/** Each entry: `@misc{key,` then `  field = {…}` lines with balanced braces, then `}`. Returns the keys. */
function entryKeys(bib: string): string[] {
  const entries = bib.split(/\n(?=@)/).filter((chunk) => chunk.startsWith("@"));
  return entries.map((entry) => {
    const [head, ...fields] = entry.trim().split("\n");
    expect(head).toMatch(/^@misc\{[a-z0-9]+,$/);
    expect(fields.pop()).toBe("}");
    for (const field of fields) {
      expect(field).toMatch(/^ {2}[A-Za-z]+ = \{.*\},?$/);
      const braces = field.replace(/\\[{}]/g, "").split("").reduce((depth, c) => depth + (c === "{" ? 1 : c === "}" ? -1 : 0), 0);
      expect(braces, field).toBe(0);
    }
    return head.slice(6, -1);
  });
}

beforeAll(async () => {
  await resetDatabase();
  const papers = [
    { arxivId: "2611.00201", title: "Sparse experts for routing", techniques: ["moe"], authors: ["Ada Smith", "Bo Li"], primaryCategory: "cs.LG" },
    { arxivId: "2611.00202", title: "Sparse experts, again", techniques: ["moe"], authors: ["Cy Smith"] },
    { arxivId: "2611.00203", title: "Quantized caches {50%} & more_bits", techniques: ["kv-cache", "quantization"], authors: ["Di Jones"] },
    { arxivId: "demo/0001", title: "A demo entry", techniques: ["moe"], authors: [], isDemo: true },
  ];
  for (const [i, p] of papers.entries()) {
    await db.paper.create({ data: { categories: ["cs.LG"], codeUrls: [], publishedAt: hoursAgo(i + 1), absUrl: p.isDemo ? null : `https://arxiv.org/abs/${p.arxivId}`, ...p } });
  }
});

describe("feeds of a reading list", () => {
  it("lists exactly the given papers, in their order, titled as a reading list and linking to /saved", async () => {
    const response = await get("/feed.json?ids=2611.00203,2611.00201&topics=pruning", "json");
    expect(response.status).toBe(200);
    const feed = await response.json();
    expect(feed.title).toBe("Sparse Digest: a reading list of 2 papers");
    expect(feed.home_page_url).toMatch(/\/saved\?ids=2611\.00203,2611\.00201$/);
    expect(feed.feed_url).toMatch(/\/feed\.json\?ids=2611\.00203,2611\.00201$/);
    expect(feed.items.map((i: { url: string }) => i.url.split("/papers/")[1])).toEqual(["2611.00203", "2611.00201"]);
    const rss = await (await get("/feed.xml?ids=2611.00201", "rss")).text();
    expect(rss).toContain("<title>Sparse Digest: a reading list of 1 paper</title>");
  });

  it.each([
    ["an unknown id", "ids=2611.00201,2611.99999", /no paper here with arXiv id 2611\.99999/],
    ["a malformed id", "ids=2611.00201,<script>", /is not an arXiv id/],
    ["10 KB of ids", `ids=${"2611.00201,".repeat(1_000)}`, /at most 200/],
    ["an empty list", "ids=", /at least one/],
  ])("answers %s with a 400 naming the problem", async (_, query, reason) => {
    for (const format of ["rss", "atom", "json", "bib"] as const) {
      const response = await get(`/feed?${query}`, format);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(reason);
    }
  });
});

describe("/feed.bib", () => {
  it("is the view's papers as BibTeX, one entry each, keys unique, untrusted text escaped", async () => {
    const response = await get("/feed.bib?window=all&topics=moe,kv-cache", "bib");
    expect(response.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sparse-digest.bib"');
    const bib = await response.text();
    expect(bib.split("\n")[0]).toBe("% Sparse Digest: All time, KV cache or MoE");
    expect(bib).toMatch(/^% http:\/\/localhost:\d+\/\?window=all&topics=kv-cache%2Cmoe$/m);
    const keys = entryKeys(bib);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
    expect(bib).toContain("title = {Quantized caches \\{50\\%\\} \\& more\\_bits}");
    expect(bib).toContain("primaryClass = {cs.LG}");
    expect(bib).toContain("author = {Ada Smith and Bo Li}");
    // The demo paper points at its page here, with no invented eprint.
    expect(bib).toMatch(/@misc\{anon\d{4}demo,\n {2}title = \{A demo entry\},\n {2}year = \{\d{4}\},\n {2}note = \{Demo entry[^}]*\},\n {2}url = \{http:\/\/localhost:\d+\/papers\/demo\/0001\}\n\}/);
  });

  it("keeps the filters: a technique, and the page shown", async () => {
    expect(entryKeys(await (await get("/feed.bib?window=all&topics=kv-cache", "bib")).text())).toEqual(["jones" + hoursAgo(3).getUTCFullYear() + "quantized"]);
    const second = await (await get("/feed.bib?window=all&page=2", "bib")).text();
    expect(second.split("\n")[0]).toBe("% Sparse Digest: All time, page 2");
    expect(entryKeys(second)).toEqual([]);
  });

  it("of a reading list, as reading-list.bib", async () => {
    const response = await get("/feed.bib?ids=2611.00202,2611.00201", "bib");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="reading-list.bib"');
    const year = hoursAgo(1).getUTCFullYear();
    // Two Smiths of the same year and first word: the second key gets a letter.
    expect(entryKeys(await response.text())).toEqual([`smith${year}sparse`, `smith${year}sparseb`]);
  });
});
