import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, filtersToSearchParams, MAX_PAGE, parseTrendingFilters, parseTrendingFiltersStrict } from "@/lib/trending/filters";

describe("parseTrendingFilters (pages and feeds)", () => {
  it.each([
    [{}, DEFAULT_FILTERS],
    [{ window: "fortnight", page: "-3", date: "2026-02-30" }, DEFAULT_FILTERS],
    [{ topics: "moe,bogus,kv-cache,moe", page: "99999" }, { ...DEFAULT_FILTERS, techniques: ["kv-cache", "moe"], page: MAX_PAGE }],
    [{ category: "cs.LG'; DROP TABLE", hasCode: "yes" }, DEFAULT_FILTERS],
    [{ q: "  " }, DEFAULT_FILTERS],
    [{ window: ["day", "week"], hasCode: "1", category: "stat.ML" }, { ...DEFAULT_FILTERS, window: "day", hasCode: true, category: "stat.ML" }],
    [{ field: "all" }, { ...DEFAULT_FILTERS, allPapers: true }],
    [{ field: "everything" }, DEFAULT_FILTERS],
    [{ bits: "<=4", model: " Llama ", baseline: "GPTQ" }, { ...DEFAULT_FILTERS, bits: { op: "<=", value: 4 }, model: "Llama", baseline: "GPTQ" }],
    [{ bits: "four", model: "%_%" }, DEFAULT_FILTERS],
  ])("reads %j sensibly", (params, expected) => {
    expect(parseTrendingFilters(params as Record<string, string>)).toEqual(expected);
  });

  it("reads exclusions as techniques, or as words and phrases when unknown or quoted", () => {
    expect(parseTrendingFilters({ exclude: ' Distillation, diffusion ,"Survey","moe",vision transformer,,%_' }).exclude).toEqual({
      techniques: ["distillation"],
      words: ["diffusion", "moe", "survey", "vision transformer"],
    });
    // The filter bar's form sends the current list and the new term as two parameters.
    expect(parseTrendingFilters({ exclude: ["pruning", "survey"] }).exclude).toEqual({ techniques: ["pruning"], words: ["survey"] });
  });

  it("cuts a 10 KB exclusion list to its first 20 terms instead of failing", () => {
    const { exclude } = parseTrendingFilters({ exclude: Array.from({ length: 2_000 }, (_, i) => `w${i}`).join(",") });
    expect(exclude.words).toHaveLength(20);
    expect(parseTrendingFilters({ exclude: "x".repeat(10_000) }).exclude.words).toEqual(["x".repeat(60)]);
  });

  it("cuts a 10 KB query to 300 characters instead of failing", () => {
    expect(parseTrendingFilters({ q: "a".repeat(10_000) }).q).toHaveLength(300);
  });

  it("writes equal views as equal query strings (cache keys, feed links)", () => {
    const a = filtersToSearchParams(parseTrendingFilters({ topics: "moe,kv-cache", window: "week" })).toString();
    const b = filtersToSearchParams(parseTrendingFilters({ topics: "kv-cache,moe" })).toString();
    expect(a).toBe(b);
    expect(a).toBe("topics=kv-cache%2Cmoe");
    expect(filtersToSearchParams(parseTrendingFilters({ field: "all", window: "new" })).toString()).toBe("window=new&field=all");
    expect(filtersToSearchParams(parseTrendingFilters({ bits: "<=4", model: "llama" })).toString()).toBe("bits=%3C%3D4&model=llama");
    const excluded = filtersToSearchParams(parseTrendingFilters({ exclude: '"MoE",survey,distillation' })).get("exclude");
    expect(excluded).toBe('distillation,"moe",survey');
    expect(parseTrendingFilters({ exclude: excluded! }).exclude).toEqual({ techniques: ["distillation"], words: ["moe", "survey"] });
  });
});

describe("parseTrendingFiltersStrict (JSON API)", () => {
  it.each([
    [{ window: "fortnight" }, /^window:/],
    [{ topics: "moe,bogus" }, /^topics: unknown technique/],
    [{ date: "yesterday" }, /^date:/],
    [{ category: "<script>" }, /^category:/],
    [{ q: "x".repeat(301) }, /^q: must be at most 300/],
    [{ page: "0" }, /^page:/],
    [{ field: "everything" }, /^field: must be all or techniques/],
    [{ bits: "<<4" }, /^bits: must be a bit-width/],
    [{ model: "x".repeat(61) }, /^model: must be at most 60/],
    [{ exclude: "x".repeat(10_000) }, /^exclude: must be at most 20 comma-separated terms of at most 60/],
    [{ exclude: Array(21).fill("w").join(",") }, /^exclude: must be at most 20/],
  ])("rejects %j with a reason", (params, message) => {
    const result = parseTrendingFiltersStrict(params);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
