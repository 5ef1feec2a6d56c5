import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newVoterCookie, VOTER_COOKIE } from "@/lib/votes/voter-cookie";
import { db, resetDatabase } from "@/tests/helpers/db";
import { actionIds, cookiesOf, postAction } from "@/tests/helpers/server-actions";
import { startWebServer, TEST_DIST_DIR, WEB_SERVER_TIMEOUT_MS, type WebServer } from "@/tests/helpers/web-server";

// Votes as a script would forge them, against two production servers on one PostgreSQL:
// `direct` trusts no proxy (the default), `proxied` trusts one hop of X-Forwarded-For. Clients
// are told apart by the loopback address they connect from (127.0.0.2, 127.0.0.3, …).
let direct: WebServer;
let proxied: WebServer;
let toggleId: string;
const PAPER = "2611.00300";

beforeAll(async () => {
  direct = await startWebServer();
  proxied = await startWebServer({ TRUST_PROXY: "1" });
  toggleId = actionIds(TEST_DIST_DIR).toggleVoteAction;
}, WEB_SERVER_TIMEOUT_MS * 2);
afterAll(async () => {
  await direct?.stop();
  await proxied?.stop();
});
beforeEach(async () => {
  await resetDatabase();
  await db.paper.create({ data: { arxivId: PAPER, title: "Sparse experts", publishedAt: new Date(), authors: [], categories: [], codeUrls: [],
    techniques: [] } });
});

const randomIp = () => [...randomBytes(4)].join(".");
const stored = async () => ({ votes: (await db.paper.findUniqueOrThrow({ where: { arxivId: PAPER } })).votes, rows: await db.vote.count() });

type Answer = { ok: boolean; voted?: boolean; votes?: number; error?: string };
async function vote(server: WebServer, from: string, headers: Record<string, string> = {}) {
  const response = await postAction(server.port, toggleId, JSON.stringify([PAPER]), { from, headers });
  expect(response.status).toBe(200);
  return { answer: response.result as Answer, cookie: cookiesOf(response) };
}

describe("votes a script cannot forge cheaply", () => {
  it("one client adds at most one vote to a paper, whatever headers and cookies it forges", async () => {
    const answers: Answer[] = [];
    // Cookieless, with a new X-Forwarded-For each time: one voter (its address's), whose vote is
    // cast once; without the cookie it cannot take it back either.
    for (let i = 0; i < 5; i++) answers.push((await vote(direct, "127.0.0.2", { "x-forwarded-for": randomIp(), "x-real-ip": randomIp() })).answer);
    expect(answers).toEqual(Array(5).fill({ ok: true, voted: true, votes: 1 }));
    // A fresh valid cookie each time: new voters, but the address already has this paper's vote.
    for (let i = 0; i < 5; i++) {
      const { answer } = await vote(direct, "127.0.0.2", { cookie: `${VOTER_COOKIE}=${newVoterCookie()}`, "x-forwarded-for": randomIp() });
      expect(answer).toEqual({ ok: false, error: expect.stringMatching(/already voted for this paper today/) });
    }
    expect(await stored()).toEqual({ votes: 1, rows: 1 });
  });

  it("shows the count it stored", async () => {
    const first = await vote(direct, "127.0.0.4");
    const second = await vote(direct, "127.0.0.5");
    expect(first.answer).toMatchObject({ ok: true, voted: true, votes: 1 });
    expect(second.answer).toMatchObject({ ok: true, voted: true, votes: 2 });
    expect(await stored()).toEqual({ votes: 2, rows: 2 });
    // The cookie it set makes the browser the same voter: its next click takes the vote back.
    expect((await vote(direct, "127.0.0.4", { cookie: first.cookie })).answer).toMatchObject({ ok: true, voted: false, votes: 1 });
  });

  it("limits a client to a burst, and one client hammering never blocks another", async () => {
    const results = [];
    for (let i = 0; i < 16; i++) results.push((await vote(direct, "127.0.0.6", { "x-forwarded-for": randomIp(), cookie: `${VOTER_COOKIE}=${newVoterCookie()}` })).answer);
    const limited = results.filter((a) => /Too many votes/.test(a.error ?? "")).length;
    expect(limited).toBeGreaterThanOrEqual(5); // 10 at once, one more per 2 s
    expect((await vote(direct, "127.0.0.7")).answer).toMatchObject({ ok: true, voted: true });
  });

  it("shares the limits between web servers", async () => {
    let accepted = 0;
    for (let i = 0; i < 24; i++) {
      const server = i % 2 ? proxied : direct; // no X-Forwarded-For: `proxied` sees the socket too
      const { answer } = await vote(server, "127.0.0.8", { cookie: `${VOTER_COOKIE}=${newVoterCookie()}` });
      if (!/Too many votes/.test(answer.error ?? "")) accepted++;
    }
    // One bucket: 10, plus what refilled while the loop ran. Two buckets would have let all 24 through.
    expect(accepted).toBeLessThanOrEqual(13);
    expect(await stored()).toEqual({ votes: 1, rows: 1 });
  });

  it("behind TRUST_PROXY=1, believes only the entry the proxy appended", async () => {
    for (let i = 0; i < 5; i++) await vote(proxied, "127.0.0.1", { "x-forwarded-for": `${randomIp()}, 198.51.100.1`, cookie: `${VOTER_COOKIE}=${newVoterCookie()}` });
    expect(await stored()).toEqual({ votes: 1, rows: 1 });
    expect((await vote(proxied, "127.0.0.1", { "x-forwarded-for": "198.51.100.2" })).answer).toMatchObject({ ok: true, votes: 2 });
  });
});
