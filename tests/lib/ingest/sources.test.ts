import { describe, expect, it } from "vitest";
import { parseArxivAtom } from "@/lib/ingest/sources/arxiv-api";
import { parseArxivRss } from "@/lib/ingest/sources/arxiv-rss";
import { parseHfDaily } from "@/lib/ingest/sources/hf-daily";
import { decodeBody } from "@/lib/ingest/decode-body";
import type { ItemResult, PaperInput } from "@/lib/ingest/schemas";
import { fixture } from "@/tests/helpers/feed-server";

const NOW = new Date("2026-11-28T12:00:00Z");
const text = (name: string) => decodeBody(fixture(name));
const papers = (items: ItemResult[]) => items.filter((i): i is Extract<ItemResult, { ok: true }> => i.ok).map((i) => i.paper);
const rejections = (items: ItemResult[]) => items.filter((i): i is Extract<ItemResult, { ok: false }> => !i.ok).map((i) => `${i.ref}: ${i.reason}`);

describe("arXiv RSS adapter", () => {
  it("reads the 2024+ listing format: id and version from the guid, abstract after the announce line, all authors, categories", async () => {
    const { items, skipDays } = await parseArxivRss(text("arxiv-rss.xml"), NOW);
    expect(skipDays).toEqual(["Sunday", "Saturday"]);
    const [moe, kv, pruning, oldStyle] = papers(items);
    expect(moe).toMatchObject<Partial<PaperInput>>({
      arxivId: "2611.01234",
      version: 1,
      title: "Sparse Upcycling of Dense Checkpoints into Mixture-of-Experts with Expert Merging",
      authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
      categories: ["cs.LG", "cs.CL"],
      publishedAt: new Date("2026-11-26T05:00:00Z"),
      absUrl: "https://arxiv.org/abs/2611.01234",
      codeUrls: ["https://github.com/sparse-lab/upcycle-moe"],
    });
    expect(moe.abstract).toMatch(/^We upcycle dense checkpoints .* where \$k < E\$ and merge/);
    expect(kv.title).toBe("KV-Cache Quantization to 2 Bits with <b>Outlier</b> Channels Kept in FP16");
    expect(kv.abstract).toContain("$\\|K\\|_\\infty$");
    expect(pruning).toMatchObject({ arxivId: "2610.09876", version: 2 });
    expect(oldStyle).toMatchObject({ arxivId: "hep-th/9901001", version: 3, categories: ["hep-th", "cs.LG"] });
  });

  it("takes an empty weekend channel as zero items, not an error", async () => {
    expect((await parseArxivRss(text("arxiv-rss-weekend.xml"), NOW)).items).toEqual([]);
  });

  it("rejects each bad item with a reason and keeps every good one", async () => {
    const { items } = await parseArxivRss(text("arxiv-rss-bad-items.xml"), NOW);
    expect(papers(items).map((p) => `${p.arxivId}v${p.version}`)).toEqual(["2611.10001v1", "2611.10001v1", "2611.10008v12"]);
    expect(rejections(items)).toEqual([
      "item 2: no arXiv id in guid, description or link",
      "2611.10002: title: missing title",
      "2611.10003: title: missing title",
      "2611.10004: publishedAt: date in the future",
      "2611.10005: publishedAt: Invalid input: expected date, received null",
      "item 8 (oai:arXiv.org:2611.10006v0): no arXiv id in guid, description or link",
      "item 9 (oai:arXiv.org:2611.10007v99999999): no arXiv id in guid, description or link",
      "item 11 (oai:arXiv.org:demo/0001v1): no arXiv id in guid, description or link",
    ]);
  });

  it.each([
    ["arxiv-rss-truncated.xml", /unreadable feed/],
    ["html-error.html", /HTML page instead of a feed/],
    ["entity-bomb-rss.xml", /unreadable feed/],
  ])("fails the whole listing on %s", async (name, message) => {
    await expect(parseArxivRss(text(name), NOW)).rejects.toThrow(message);
  });

  it("reads Latin-1 bytes under a UTF-8 declaration without mojibake", async () => {
    const [paper] = papers((await parseArxivRss(text("arxiv-rss-latin1.xml"), NOW)).items);
    expect(paper.title).toBe("Schrödinger Bridges for Expert Routing");
    expect(paper.abstract).toBe("Café-style caching for MoE, naïvely.");
  });

  it("rejects a 5 MB abstract instead of storing it", async () => {
    const huge = text("arxiv-rss.xml").replace("We revisit structured pruning", `${"very long ".repeat(500_000)}We revisit`);
    const { items } = await parseArxivRss(huge, NOW);
    expect(rejections(items)).toEqual(["2610.09876: abstract: abstract too long"]);
    expect(papers(items)).toHaveLength(3);
  });
});

describe("arXiv API adapter", () => {
  it("reads the 2026 layout by namespace: totals, primary category, comment, DOI, journal ref, authors in order", () => {
    const { items, total } = parseArxivAtom(text("arxiv-api-page-1.xml"), NOW);
    expect(total).toBe(3);
    const [moe, lora] = papers(items);
    expect(moe).toMatchObject<Partial<PaperInput>>({
      arxivId: "2611.01234",
      version: 1,
      title: "Sparse Upcycling of Dense Checkpoints into Mixture-of-Experts with Expert Merging",
      authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
      primaryCategory: "cs.LG",
      categories: ["cs.LG", "cs.CL"],
      publishedAt: new Date("2026-11-24T17:59:58Z"),
      revisedAt: new Date("2026-11-24T17:59:58Z"),
      comments: "12 pages, 4 figures. Models at https://huggingface.co/sparse-lab/upcycle-moe-8x1b",
      doi: "10.1000/xyz123",
      journalRef: "Proceedings of ICLR 2027",
      codeUrls: ["https://github.com/sparse-lab/upcycle-moe", "https://huggingface.co/sparse-lab/upcycle-moe-8x1b"],
    });
    expect(moe.abstract).toBe(
      "We upcycle dense checkpoints into a sparse Mixture-of-Experts (MoE) model with top-$k$ routing where $k < E$ and merge redundant experts after training. Code: https://github.com/sparse-lab/upcycle-moe.",
    );
    expect(lora.codeUrls).toEqual(["https://gitlab.com/lowrank/qlora-study"]);
  });

  it("reads the old layout (prefixes declared on each element, other order, other prefix) to the same paper", () => {
    const [fromOld] = papers(parseArxivAtom(text("arxiv-api-old-layout.xml"), NOW).items);
    const [, fromNew] = papers(parseArxivAtom(text("arxiv-api-page-1.xml"), NOW).items);
    expect(fromOld).toEqual({ ...fromNew, comments: "7 pages" });
  });

  it.each([
    ["arxiv-api-truncated.xml", /malformed XML/],
    ["html-error.html", /HTML page/],
    ["entity-bomb-atom.xml", /malformed XML/],
    ["arxiv-rss.xml", /not an Atom feed/],
    ["arxiv-api-error.xml", /API answered an error: incorrect id format/],
  ])("fails the whole page on %s", (name, message) => {
    expect(() => parseArxivAtom(text(name), NOW)).toThrow(message);
  });
});

describe("Hugging Face daily papers adapter", () => {
  it("reads item.paper first and the top level second, with upvotes, repository, stars, project page and keywords", () => {
    const items = parseHfDaily(text("hf-daily.json"), NOW);
    const [moe, vit] = papers(items);
    expect(moe).toMatchObject({
      arxivId: "2611.01234",
      version: null,
      authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
      projectUrl: "https://sparse-lab.github.io/upcycle",
      signal: { source: "hf-daily", upvotes: 42, githubUrl: "https://github.com/sparse-lab/upcycle-moe", githubStars: 318, keywords: ["Mixture-of-Experts", "sparse upcycling", "expert merging"] },
    });
    // The nested abstract is the full one; the top-level copy is shorter.
    expect(moe.abstract).toContain("Code: https://github.com/sparse-lab/upcycle-moe.");
    expect(vit).toMatchObject({ arxivId: "2611.05678", signal: { upvotes: 7, githubUrl: "https://github.com/tiny/vit-distill", githubStars: null } });
    expect(rejections(items)).toEqual(["item 3: no arXiv id"]);
  });

  it("fails on an HTML page or a non-array", () => {
    expect(() => parseHfDaily(text("html-error.html"), NOW)).toThrow(/HTML page/);
    expect(() => parseHfDaily('{"error":"Invalid date"}', NOW)).toThrow(/JSON array/);
  });
});
