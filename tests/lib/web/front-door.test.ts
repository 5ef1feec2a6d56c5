import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, resetDatabase } from "@/tests/helpers/db";
import { actionIds, postAction } from "@/tests/helpers/server-actions";
import { rawStatusLine, request, startWebServer, TEST_DIST_DIR, WEB_SERVER_TIMEOUT_MS, type WebServer } from "@/tests/helpers/web-server";

// The production server (Next.js behind the front door), asked what a prober asks. Before the
// front door, every one of these answered 500.
let server: WebServer;
let ids: Record<string, string>;

beforeAll(async () => {
  await resetDatabase();
  await db.paper.create({ data: { arxivId: "2611.00200", title: "Sparse experts", publishedAt: new Date(), authors: [], categories: [], codeUrls: [],
    techniques: [] } });
  server = await startWebServer();
  ids = actionIds(TEST_DIST_DIR);
}, WEB_SERVER_TIMEOUT_MS);
afterAll(() => server?.stop());

const get = (path: string, method = "GET") => request(server.port, { method, path });

describe("request targets", () => {
  it("answers 400 with a short reason to malformed percent-encoding on every dynamic route", async () => {
    const paths = ["/papers/%ZZ", "/topics/%ZZ", "/confirm/%ZZ", "/manage/%ZZ", "/unsubscribe/%ZZ", "/api/papers/%ZZ", "/dev/outbox/%ZZ", "/papers/%E0%A4%A", "/?q=%ZZ"];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toMatch(/^(Bad request: malformed percent-encoding in the (path|query)\.\n|\{"error":"malformed percent-encoding in the path"\})$/);
    }
    expect((await get("/api/unsubscribe/%ZZ", "POST")).status).toBe(400);
  });

  it("answers the JSON API's way under /api/, naming the parameter", async () => {
    const response = await get("/api/papers?limit=5&cursor=%%%");
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(response.body)).toEqual({ error: "cursor: malformed percent-encoding in the query" });
    expect(JSON.parse((await get("/api/papers/%ZZ")).body)).toEqual({ error: "malformed percent-encoding in the path" });
  });

  it("keeps NUL bytes away from PostgreSQL", async () => {
    for (const path of ["/papers/%00x", "/api/papers/a%00b", "/?q=%00", "/api/papers?q=a%00b"]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toMatch(/NUL byte/);
    }
  });

  it("answers 400 to `*` targets", async () => {
    for (const method of ["GET", "OPTIONS"]) {
      expect(await rawStatusLine(server.port, `${method} * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)).toBe("HTTP/1.1 400 Bad Request");
    }
  });

  it("answers ids that only a second decoding breaks with 404, not 500", async () => {
    for (const path of ["/api/papers/%25", "/api/papers/%2500", "/papers/%25", "/papers/%2500"]) expect((await get(path)).status, path).toBe(404);
  });

  it("refuses TRACE, CONNECT and connection upgrades instead of failing or hanging up", async () => {
    for (const path of ["/api/papers", "/feed.xml", "/"]) {
      const response = await get(path, "TRACE");
      expect(response.status, path).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
    }
    expect(await rawStatusLine(server.port, "CONNECT localhost:443 HTTP/1.1\r\nHost: localhost\r\n\r\n")).toBe("HTTP/1.1 405 Method Not Allowed");
    const upgrade = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    expect(await rawStatusLine(server.port, upgrade)).toBe("HTTP/1.1 400 Bad Request");
  });

  it("still serves good targets, the absolute form included", async () => {
    expect((await get("/papers/2611.00200")).status).toBe(200);
    expect((await get("/?q=sparse+experts")).status).toBe(200);
    expect(await rawStatusLine(server.port, "GET http://example.org/papers/2611.00200 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).toBe("HTTP/1.1 200 OK");
  });
});

describe("server actions", () => {
  it("parse their arguments and answer a clear error, never a 500", async () => {
    const cases: [string, string, object][] = [
      ["confirmAction", "[{}]", { ok: false, message: expect.stringMatching(/not valid/) }],
      ["unsubscribeAction", "[null]", { ok: false, message: expect.stringMatching(/not valid/) }],
      ["setPausedAction", '["x", "yes"]', { ok: false }],
      ["savePreferencesAction", '["x"]', { ok: false }],
      ["subscribeAction", '["x"]', { ok: false, message: expect.stringMatching(/could not be read/) }],
      ["toggleVoteAction", "[{}]", { ok: false, error: "Unknown paper." }],
      ["toggleVoteAction", '["a\\u0000b"]', { ok: false, error: "Unknown paper." }],
      ["myVotesAction", "[[1, 2]]", { ok: false, error: expect.any(String) }],
    ];
    for (const [name, body, result] of cases) {
      const response = await postAction(server.port, ids[name], body);
      expect(response.status, `${name}(${body})`).toBe(200);
      expect(response.result, `${name}(${body})`).toMatchObject(result);
    }
  });

  it("read a real form", async () => {
    const boundary = "----form";
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="0"', "", '[{"ok":false},"$K1"]', `--${boundary}`, 'Content-Disposition: form-data; name="_1_email"', "", "not an address", `--${boundary}--`, ""].join("\r\n");
    const response = await postAction(server.port, ids.subscribeAction, body, { headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect(response.status).toBe(200);
    expect(response.result).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("answer a malformed body with 400, an oversized one with 413", async () => {
    for (const body of ["not json", '{"a":1}', '["$F1"]', '["$Q1"]', '["$5"]', '["$@0"]', "$"]) {
      const response = await postAction(server.port, ids.toggleVoteAction, body);
      expect(response.status, body).toBe(400);
      expect(response.body, body).toMatch(/^Bad request: /);
    }
    const broken = await postAction(server.port, ids.toggleVoteAction, "--x\r\nbroken", { headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(broken.status).toBe(400);
    const huge = await postAction(server.port, ids.toggleVoteAction, JSON.stringify(["x".repeat(1_100_000)]));
    expect(huge.status).toBe(413);
  });

  it("answer a form posted before hydration with a broken body or action field with 400", async () => {
    const fields = ["--x", 'Content-Disposition: form-data; name="$ACTION_REF_1"', "", "", "--x", 'Content-Disposition: form-data; name="$ACTION_1:0"', "", "{not json", "--x--", ""].join("\r\n");
    for (const body of ["--x\r\nbroken", fields]) {
      const response = await request(server.port, { method: "POST", path: "/", headers: { "content-type": "multipart/form-data; boundary=x" }, body });
      expect(response.status, body).toBe(400);
    }
  });

  it("refuse a foreign or malformed Origin with 403 / 400", async () => {
    expect((await postAction(server.port, ids.toggleVoteAction, '["2611.00200"]', { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await postAction(server.port, ids.toggleVoteAction, '["2611.00200"]', { headers: { origin: "null" } })).status).toBe(403);
    expect((await postAction(server.port, ids.toggleVoteAction, '["2611.00200"]', { headers: { origin: "garbage" } })).status).toBe(400);
    expect(await db.vote.count()).toBe(0);
  });
});
