import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, parseTrendingFilters, type TrendingFilters } from "@/lib/trending/filters";
import { getFieldCounts, getTechniqueCounts, getTrendingPapers } from "@/lib/trending/queries";
import { MARK_START } from "@/lib/trending/marks";
import { trendingScore } from "@/lib/trending/score";
import { db, resetDatabase } from "@/tests/helpers/db";

const NOW = new Date("2026-11-25T12:00:00Z"); // a Wednesday
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const view = (f: Partial<TrendingFilters>) => ({ ...DEFAULT_FILTERS, ...f });

async function paper(arxivId: string,
  data: { title?: string; abstract?: string; hours: number; votes?: number; hf?: number; techniques?: string[]; categories?: string[]; hasCode?: boolean; facts?: object[] }) {
  await db.paper.create({
    data: {
      arxivId,
      title: data.title ?? `Paper ${arxivId}`,
      abstract: data.abstract ?? "An abstract.",
      publishedAt: hoursAgo(data.hours),
      votes: data.votes ?? 0,
      externalUpvotes: data.hf ?? 0,
      techniques: data.techniques ?? ["moe"], // a paper of the field unless a test says otherwise
      categories: data.categories ?? [],
      hasCode: data.hasCode ?? false,
      facts: data.facts ?? [],
      authors: [],
      codeUrls: [],
    },
  });
}

beforeEach(resetDatabase);

describe("getTrendingPapers", () => {
  it("ranks by votes decayed with age, the same as trendingScore, ties broken by id", async () => {
    await paper("2611.00001", { hours: 2, votes: 1 });
    await paper("2611.00002", { hours: 30, votes: 40 });
    await paper("2611.00003", { hours: 1, hf: 3 });
    await paper("2611.00004", { hours: 1, hf: 3 });
    const { papers } = await getTrendingPapers(view({ window: "week" }), NOW);
    const expected = [...papers].sort((a, b) => trendingScore(b, NOW) - trendingScore(a, NOW) || b.id - a.id).map((p) => p.arxivId);
    expect(papers.map((p) => p.arxivId)).toEqual(expected);
    expect(papers.map((p) => p.arxivId).indexOf("2611.00004")).toBeLessThan(papers.map((p) => p.arxivId).indexOf("2611.00003"));
  });

  it("keeps each window to its period and navigates to earlier ones", async () => {
    await paper("2611.00010", { hours: 3 }); // today
    await paper("2611.00011", { hours: 50 }); // Monday: this week, not today
    await paper("2611.00012", { hours: 24 * 9 }); // last week
    const ids = async (f: Partial<TrendingFilters>) => (await getTrendingPapers(view(f), NOW)).papers.map((p) => p.arxivId).sort();
    expect(await ids({ window: "day" })).toEqual(["2611.00010"]);
    expect(await ids({ window: "week" })).toEqual(["2611.00010", "2611.00011"]);
    expect(await ids({ window: "week", date: "2026-11-16" })).toEqual(["2611.00012"]);
    expect(await ids({ window: "all" })).toHaveLength(3);
    expect((await getTrendingPapers(view({ window: "new" }), NOW)).papers[0].arxivId).toBe("2611.00010");
  });

  it("filters by any of several techniques, category and code", async () => {
    await paper("2611.00020", { hours: 1, techniques: ["moe"], categories: ["cs.LG"], hasCode: true });
    await paper("2611.00021", { hours: 1, techniques: ["kv-cache"], categories: ["cs.CL"] });
    await paper("2611.00022", { hours: 1, techniques: ["pruning"] });
    const ids = async (f: Partial<TrendingFilters>) => (await getTrendingPapers(view(f), NOW)).papers.map((p) => p.arxivId).sort();
    expect(await ids({ techniques: ["kv-cache", "moe"] })).toEqual(["2611.00020", "2611.00021"]);
    expect(await ids({ category: "cs.CL" })).toEqual(["2611.00021"]);
    expect(await ids({ hasCode: true })).toEqual(["2611.00020"]);
    expect(await getTechniqueCounts(view({ techniques: ["moe"] }), NOW)).toEqual({ moe: 1, "kv-cache": 1, pruning: 1 });
  });

  it("lists only papers of the field unless field=all, and counts both", async () => {
    await paper("2611.00040", { hours: 1, techniques: ["moe"] });
    await paper("2611.00041", { hours: 2, techniques: [] }); // glioblastoma segmentation, say
    await paper("2611.00042", { hours: 3, techniques: [], title: "Routing of ambulances" });
    const ids = async (f: Partial<TrendingFilters>) => (await getTrendingPapers(view(f), NOW)).papers.map((p) => p.arxivId).sort();
    expect(await ids({})).toEqual(["2611.00040"]);
    expect(await ids({ window: "new" })).toEqual(["2611.00040"]);
    expect(await ids({ allPapers: true })).toEqual(["2611.00040", "2611.00041", "2611.00042"]);
    expect(await ids({ q: "routing" })).toEqual([]);
    expect(await ids({ q: "routing", allPapers: true })).toEqual(["2611.00042"]);
    expect(await getFieldCounts(view({}), NOW)).toEqual({ ingested: 3, inField: 1 });
    expect(await getFieldCounts(view({ allPapers: true }), NOW)).toEqual({ ingested: 3, inField: 1 });
    expect(parseTrendingFilters({ field: "all" }).allPapers).toBe(true);
  });

  it("leaves out excluded techniques, words and phrases of title or abstract", async () => {
    await paper("2611.00060", { hours: 1, techniques: ["distillation"] });
    await paper("2611.00061", { hours: 1, title: "Diffusion models, pruned" });
    await paper("2611.00062", { hours: 1, abstract: "A survey of mixture of experts." });
    await paper("2611.00063", { hours: 1, abstract: "Experts mixed from a survey's mixture." });
    const ids = async (exclude: string) => (await getTrendingPapers(parseTrendingFilters({ exclude }), NOW)).papers.map((p) => p.arxivId).sort();
    expect(await ids("distillation")).toEqual(["2611.00061", "2611.00062", "2611.00063"]);
    expect(await ids('distillation,diffusion,"mixture of experts"')).toEqual(["2611.00063"]);
    expect(await ids("survey")).toEqual(["2611.00060", "2611.00061"]);
    // Terms are data, never tsquery syntax; stop words alone leave nothing out.
    expect(await ids("a & !( | :*,the")).toHaveLength(4);
  });

  it("filters by reported bit-width, model and baseline", async () => {
    const f = (kind: string, value: unknown) => ({ kind, value, unit: kind === "bits" ? "bits" : "", evidence: String(value) });
    await paper("2611.00050", { hours: 1, facts: [f("bits", 2), f("model", "Llama-2-7B"), f("baseline", "GPTQ")] });
    await paper("2611.00051", { hours: 1, facts: [f("bits", [3, 4]), f("model", "Mixtral-8x7B")] });
    await paper("2611.00052", { hours: 1, facts: [f("bits", 8)] });
    await paper("2611.00053", { hours: 1 });
    const ids = async (query: Record<string, string>) => (await getTrendingPapers(parseTrendingFilters(query), NOW)).papers.map((p) => p.arxivId).sort();
    expect(await ids({ bits: "<=4" })).toEqual(["2611.00050", "2611.00051"]);
    expect(await ids({ bits: "8" })).toEqual(["2611.00052"]);
    expect(await ids({ bits: ">2" })).toEqual(["2611.00051", "2611.00052"]);
    expect(await ids({ model: "llama" })).toEqual(["2611.00050"]);
    expect(await ids({ model: "%" })).toHaveLength(4); // a wildcard is not a filter
    expect(await ids({ baseline: "gptq", bits: "<=4" })).toEqual(["2611.00050"]);
  });

  it("searches title above abstract with websearch syntax and marks the matches", async () => {
    await paper("2611.00030", { hours: 1, title: "Routing in sparse experts", abstract: "We study load balance." });
    await paper("2611.00031", { hours: 1, title: "A survey", abstract: "Covers routing among other things." });
    await paper("2611.00032", { hours: 1, title: "Routing survey", abstract: "Routing." });
    const { papers } = await getTrendingPapers(view({ window: "all", q: "routing -survey" }), NOW);
    expect(papers.map((p) => p.arxivId)).toEqual(["2611.00030"]);
    const both = await getTrendingPapers(view({ window: "all", q: '"load balance" OR covers' }), NOW);
    expect(both.papers.map((p) => p.arxivId).sort()).toEqual(["2611.00030", "2611.00031"]);
    expect(both.papers.every((p) => p.snippet?.includes(MARK_START))).toBe(true);
  });

  it("takes tsquery syntax errors and hostile text as plain words", async () => {
    await paper("2611.00040", { hours: 1 });
    for (const q of ["&&& !!! (((", "' OR 1=1 --", "<script>alert(1)</script>", ":*", "\u0000"]) {
      await expect(getTrendingPapers(parseTrendingFilters({ q }), NOW)).resolves.toBeDefined();
    }
  });
});
