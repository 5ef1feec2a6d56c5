import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetDatabase, db } from "@/tests/helpers/db";
import { startFeedServer } from "@/tests/helpers/feed-server";

const SECRET = "cron-secret-for-tests-0123456789";
let server: Awaited<ReturnType<typeof startFeedServer>>;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});
beforeEach(() => resetDatabase());

/** The route reads env at import, so each case imports it afresh under its own settings. */
async function loadRoute(env: Record<string, string>) {
  vi.unstubAllEnvs();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  return import("@/app/api/cron/ingest/route");
}

const get = (route: { GET: (req: Request) => Promise<Response> }, authorization?: string) =>
  route.GET(new Request("http://localhost/api/cron/ingest", { headers: authorization ? { authorization } : {} }));

describe("GET /api/cron/ingest", () => {
  it("answers 404 when CRON_SECRET is unset", async () => {
    const route = await loadRoute({ CRON_SECRET: "" });
    expect((await get(route, `Bearer ${SECRET}`)).status).toBe(404);
  });

  it("answers 401 to a wrong or missing secret and runs nothing", async () => {
    const route = await loadRoute({ CRON_SECRET: SECRET });
    expect((await get(route, "Bearer wrong-secret-wrong-secret-00")).status).toBe(401);
    expect((await get(route)).status).toBe(401);
    expect(await db.ingestRun.count()).toBe(0);
  });

  it("runs every source with the right secret and returns the counts", async () => {
    server.on("/rss/cs.LG+cs.CL", { file: "arxiv-rss.xml" });
    server.on("/api/query", { file: "arxiv-api-page-1.xml" });
    server.on("/hf", { file: "hf-daily.json", contentType: "application/json" });
    const route = await loadRoute({
      CRON_SECRET: SECRET,
      ARXIV_RSS_URL: `${server.url}/rss`,
      ARXIV_API_URL: `${server.url}/api/query`,
      HF_API_URL: `${server.url}/hf`,
      INGEST_CATEGORIES: "cs.LG,cs.CL",
    });
    const response = await get(route, `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    // HF is read for today and yesterday (the same recorded list twice): its id-less item fails twice.
    expect(body).toMatchObject({ created: 6, failed: 2 });
    expect(body.sources.map((s: { source: string; status: string }) => `${s.source}:${s.status}`)).toEqual(["arxiv-rss:succeeded", "arxiv-api:succeeded", "hf-daily:succeeded"]);
    // Hydration asked the API for exactly the papers the listing brought in.
    const hydrate = server.requests.find((r) => r.path === "/api/query")!;
    expect(hydrate.query.get("id_list")!.split(",").sort()).toEqual(["2610.09876", "2611.01234", "2611.02345", "hep-th/9901001"]);
  }, 30_000);
});
