import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { BIBTEX_CONTENT_TYPE } from "@/lib/feeds/render-bibtex";
import { renderFeed, type FeedFormat } from "@/lib/feeds/render-feed";
import { parseIdList } from "@/lib/reading-list/ids";
import { listPapers } from "@/lib/papers/api";
import { SubscribeSchema } from "@/lib/subscriptions/schemas";
import { DEFAULT_FILTERS, parseTrendingFiltersStrict } from "@/lib/trending/filters";
import { document, documentedParameterAccepts, requestBodyErrors } from "./documented-schema";

const APP = join(process.cwd(), "app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
type Paths = Record<string, Record<string, { requestBody?: { content: Record<string, { schema: object }> } }>>;
const paths = document.paths as Paths;

/** Every route handler under app/ as `METHOD /path`, with Next's [param] and [...param] as {param}. */
function routeHandlers(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(full);
    if (entry.name !== "route.ts") return [];
    const route = `/${relative(APP, dir).split(sep).join("/")}`.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, "{$1}");
    const source = readFileSync(full, "utf8");
    return METHODS.filter((m) => new RegExp(`export (?:async )?(?:function|const) ${m}\\b`).test(source)).map((m) => `${m} ${route}`);
  });
}
const documented = () => Object.entries(paths).flatMap(([path, item]) => Object.keys(item).filter((k) => METHODS.includes(k.toUpperCase())).map((m) => `${m.toUpperCase()} ${path}`));

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route handler of the app, and nothing else", () => {
    const handlers = routeHandlers();
    expect(handlers).toEqual(expect.arrayContaining(["GET /api/papers", "GET /feed.xml", "GET /feed.atom", "GET /feed.json", "GET /feed.bib", "GET /digest/preview"]));
    expect(documented().sort()).toEqual(handlers.sort());
  });

  it("is served as built, cacheable", async () => {
    const response = GET();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it.each([
    ["/feed.xml", "rss"],
    ["/feed.atom", "atom"],
    ["/feed.json", "json"],
  ] as const)("names the content type %s is served with", (path, format: FeedFormat) => {
    const served = renderFeed(format, DEFAULT_FILTERS, [], new Date()).headers.get("content-type")!;
    const [mediaType] = Object.keys((paths[path].get as { responses: { 200: { content: object } } }).responses[200].content);
    expect(served.split(";")[0]).toBe(mediaType);
  });
});

it("names the content type /feed.bib is served with", () => {
  const [mediaType] = Object.keys((paths["/feed.bib"].get as { responses: { 200: { content: object } } }).responses[200].content);
  expect(BIBTEX_CONTENT_TYPE.split(";")[0]).toBe(mediaType);
});

describe("the documented ids parameter accepts what parseIdList accepts", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `2510.${String(10000 + i)}`).join(",");
  const values = ["2510.12345", "2510.12345,hep-th/9901001,math.GT/0309136", "demo/0001", "0704.0001", ids(200), ids(201), "2510.12345v2", "nope", "2510.123", "../etc", `2510.12345,${"x".repeat(10_000)}`];
  it.each(["/api/papers", "/feed.xml", "/feed.bib"])("%s", (path) => {
    for (const value of values) {
      expect({ value: value.slice(0, 40), documented: documentedParameterAccepts(path, "get", "ids", value) }).toEqual({ value: value.slice(0, 40), documented: parseIdList(value).ok });
    }
  });
});

describe("the documented parameters of GET /api/papers accept what the API accepts", () => {
  const samples: [string, string[]][] = [
    ["window", ["day", "week", "month", "all", "new", "year", "Week"]],
    ["date", ["2025-10-20", "2024-02-29", "2025-02-29", "2025-1-1", "yesterday"]],
    ["topics", ["moe", "kv-cache,moe", "low-rank,pruning,quantization,distillation", "nope", "moe,nope"]],
    ["category", ["cs.LG", "stat.ML", "hep-th", "math.AG", "CS.LG", "cs LG", `cs.${"L".repeat(30)}`]],
    ["hasCode", ["1", "0", "true", "false", "yes"]],
    ["field", ["all", "techniques", "everything"]],
    ["bits", ["4", "<=4", ">=2", "1.58", "<<4", "four", "123"]],
    ["model", ["llama", "Mixtral-8x7B", "x".repeat(60), "x".repeat(61)]],
    ["baseline", ["gptq", "x".repeat(61)]],
    ["exclude", ["distillation", 'diffusion,"survey"', "mixture of experts,moe", Array(20).fill("w").join(","), Array(21).fill("w").join(","), "x".repeat(61), "a\u0001b", "x".repeat(10_000)]],
    ["author", ["geoffrey-hinton", "g-hinton", "hinton", "wang-wei", "Geoffrey-Hinton", "geoffrey hinton", "geoffrey,hinton", "-hinton", "x".repeat(481)]],
    ["q", ["sparse experts", "\"mixture of experts\" -vision", "q".repeat(300), "q".repeat(301)]],
  ];
  it.each(samples)("%s", (name, values) => {
    for (const value of values) {
      const parsed = parseTrendingFiltersStrict({ [name]: value }).ok;
      expect({ value, documented: documentedParameterAccepts("/api/papers", "get", name, value) }).toEqual({ value, documented: parsed });
    }
  });

  it("limit", async () => {
    for (const value of ["1", "30", "100", "0", "101", "2.5", "ten"]) {
      const answered = (await listPapers(new URLSearchParams({ limit: value, window: "new" }))).status !== 400;
      expect({ value, documented: documentedParameterAccepts("/api/papers", "get", "limit", value) }).toEqual({ value, documented: answered });
    }
  });
});

describe("POST /api/subscribe", () => {
  it.each([
    { email: "ada@example.org" },
    { email: "ada@example.org", topics: ["moe", "kv-cache"], cadence: "daily" },
    { email: "ada@example.org", topics: [] },
    { email: "ada@example.org", topics: ["nope"] },
    { email: "ada@example.org", cadence: "monthly" },
    { email: "not-an-address" },
    { topics: ["moe"] },
  ])("documents a body as SubscribeSchema reads it: %j", (body) => {
    expect(requestBodyErrors("/api/subscribe", "post", body).length === 0).toBe(SubscribeSchema.safeParse(body).success);
  });
});
