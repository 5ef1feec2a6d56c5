import { beforeEach, describe, expect, it } from "vitest";
import { createToken } from "@/lib/subscriptions/token";
import { listWatchesFromApi, requestWatchFromApi, setWatchFromApi } from "@/lib/watches/api";
import { db, resetDatabase } from "@/tests/helpers/db";
import { useSmtpServer } from "@/tests/helpers/smtp-suite";
import { activeSubscriber } from "@/tests/helpers/watch-world";
import { responseErrors } from "../api/documented-schema";

// The /api/watches adapters, with real Requests, held against the served OpenAPI document.

const post = (path: string, body: unknown, token?: string, contentType = "application/json") =>
  new Request(`http://localhost${path}`, { method: "POST", headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: typeof body === "string" ? body : JSON.stringify(body) });
const get = (token?: string) => new Request("http://localhost/api/watches", { headers: token ? { authorization: `Bearer ${token}` } : {} });
const suite = useSmtpServer();
const documented = (path: string, method: string, result: { status: number; body: unknown }) => expect(responseErrors(path, method, result.status, result.body)).toEqual([]);

beforeEach(async () => {
  await resetDatabase();
  await db.paper.create({ data: { arxivId: "2510.12357", title: "MoBiLE", publishedAt: new Date(), authors: [], categories: [], codeUrls: [], techniques: ["moe"] } });
});

describe("POST /api/watches/request", () => {
  it("202 with the same body for a subscriber and a stranger", async () => {
    await activeSubscriber("known@example.org", "weekly");
    const known = await requestWatchFromApi(post("/api/watches/request", { email: "known@example.org", paper: "https://arxiv.org/abs/2510.12357v1" }), suite.transport);
    const stranger = await requestWatchFromApi(post("/api/watches/request", { email: "stranger@example.org", paper: "2510.12357" }), suite.transport);
    expect(known).toEqual({ status: 202, body: stranger.body });
    documented("/api/watches/request", "post", known);
    expect(suite.smtp.inbox.map((m) => m.subject)).toEqual(["Confirm watching “MoBiLE”", "Confirm watching “MoBiLE”"]);
    expect(await db.watch.count()).toBe(0);
  });

  it.each([
    [{ email: "not-an-address", paper: "2510.12357" }, /^email: /],
    [{ email: "a@example.org\r\nBcc: b@example.org", paper: "2510.12357" }, /^email: /],
    [{ email: "a@example.org", paper: "not a paper" }, /^paper: That is not an arXiv id/],
    [{ email: "a@example.org", paper: "2401.99999" }, /^paper: We don't have that paper/],
    [{ email: "a@example.org" }, /^paper: /],
    [[1, 2], /^body: |^email: /],
  ])("400 for %j, nothing stored", async (body, error) => {
    const result = await requestWatchFromApi(post("/api/watches/request", body), suite.transport);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatch(error);
    documented("/api/watches/request", "post", result);
    expect(await db.subscriber.count()).toBe(0);
  });

  it("415 for a form body", async () => {
    expect((await requestWatchFromApi(post("/api/watches/request", "email=a@example.org", undefined, "application/x-www-form-urlencoded"))).status).toBe(415);
  });
});

describe("GET and POST /api/watches with a manage link", () => {
  it("watches, lists and stops watching", async () => {
    const reader = await activeSubscriber("reader@example.org", "alerts", []);
    const token = createToken("manage", reader, new Date());
    const watched = await setWatchFromApi(post("/api/watches", { paper: "arXiv:2510.12357v2" }, token));
    expect(watched).toEqual({ status: 200, body: { arxivId: "2510.12357", title: "MoBiLE", watching: true } });
    documented("/api/watches", "post", watched);
    const list = await listWatchesFromApi(get(token));
    expect(list.body).toMatchObject({ cadence: "alerts", watches: [{ arxivId: "2510.12357", title: "MoBiLE", version: 1 }] });
    documented("/api/watches", "get", list);
    expect((await setWatchFromApi(post("/api/watches", { paper: "2510.12357", watch: false }, token))).body).toMatchObject({ watching: false });
    expect(await db.watch.count()).toBe(0);
  });

  it("401 without a token; 400 for a tampered link, an unconfirmed subscriber, an unknown paper; 410 for an expired link; nothing stored", async () => {
    const reader = await activeSubscriber("reader@example.org", "weekly");
    const token = createToken("manage", reader, new Date());
    const pending = await db.subscriber.create({ data: { email: "pending@example.org", status: "pending", techniques: ["moe"], cadence: "weekly", tokenSecret: "p".repeat(32) } });
    const cases: [Request, number, RegExp][] = [
      [post("/api/watches", { paper: "2510.12357" }), 401, /^token: send your manage link's token/],
      [get(), 401, /^token: /],
      [post("/api/watches", { paper: "2510.12357" }, `${token.slice(0, -4)}AAAA`), 400, /^token: This link is not valid/],
      [post("/api/watches", { paper: "2510.12357" }, "manage.00000000-0000-0000-0000-000000000000.9999999999.0.forged"), 400, /^token: /],
      [post("/api/watches", { paper: "2510.12357" }, createToken("manage", pending, new Date())), 400, /^token: Your subscription is not active/],
      [get(createToken("manage", pending, new Date())), 400, /^token: Your subscription is not active/],
      [post("/api/watches", { paper: "2401.99999" }, token), 400, /^paper: We don't have that paper/],
      [post("/api/watches", { paper: "2510.12357", watch: "yes" }, token), 400, /^watch: /],
      [post("/api/watches", { paper: "2510.12357" }, createToken("manage", reader, new Date("2024-01-01"))), 410, /^token: This link has expired/],
    ];
    for (const [request, status, error] of cases) {
      const result = request.method === "GET" ? await listWatchesFromApi(request) : await setWatchFromApi(request);
      expect([result.status, result.body.error]).toEqual([status, expect.stringMatching(error)]);
      documented("/api/watches", request.method.toLowerCase(), result);
    }
    expect(await db.watch.count()).toBe(0);
  });
});
