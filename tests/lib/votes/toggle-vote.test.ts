import { beforeEach, describe, expect, it } from "vitest";
import { addressSlot } from "@/lib/votes/client-keys";
import { deleteFullBuckets, takeVoteToken } from "@/lib/platform/rate-limit";
import { deleteOldAddressSlots, getVotedArxivIds, toggleVote } from "@/lib/votes/toggle-vote";
import { addressVoterCookie, newVoterCookie, voterIdFromCookie } from "@/lib/votes/voter-cookie";
import { db, resetDatabase } from "@/tests/helpers/db";

beforeEach(resetDatabase);

const createPaper = (arxivId: string) => db.paper.create({ data: { arxivId, title: "T", publishedAt: new Date(), authors: [], categories: [],
  codeUrls: [], techniques: [] } });

describe("votes", () => {
  it("toggles one vote per voter and keeps Paper.votes equal to the rows", async () => {
    await createPaper("2611.00100");
    expect(await toggleVote(db, "2611.00100", "alice")).toEqual({ ok: true, voted: true, votes: 1 });
    expect(await toggleVote(db, "2611.00100", "bob")).toEqual({ ok: true, voted: true, votes: 2 });
    expect(await toggleVote(db, "2611.00100", "alice")).toEqual({ ok: true, voted: false, votes: 1 });
    expect(await db.vote.count()).toBe(1);
    expect(await getVotedArxivIds(db, "bob", ["2611.00100", "2611.00999"])).toEqual(["2611.00100"]);
    expect(await getVotedArxivIds(db, "alice", ["2611.00100"])).toEqual([]);
    expect(await toggleVote(db, "9999.99999", "bob")).toEqual({ ok: false, problem: "unknown-paper" });
  });

  it("counts concurrent toggles of different voters exactly", async () => {
    await createPaper("2611.00101");
    await Promise.all(Array.from({ length: 20 }, (_, i) => toggleVote(db, "2611.00101", `voter-${i}`)));
    const stored = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.00101" } });
    expect(stored.votes).toBe(20);
  });

  it("lets one address hold one standing vote per paper per day, freed when taken back", async () => {
    await createPaper("2611.00102");
    const now = new Date("2026-12-01T10:00:00Z");
    const slot = addressSlot("198.51.100.7", now);
    const racing = await Promise.all(Array.from({ length: 10 }, (_, i) => toggleVote(db, "2611.00102", `cookie-${i}`, slot)));
    expect(racing.filter((r) => r.ok)).toHaveLength(1);
    expect(racing.filter((r) => !r.ok && r.problem === "address-used")).toHaveLength(9);
    const winner = `cookie-${racing.findIndex((r) => r.ok)}`;
    expect(await toggleVote(db, "2611.00102", winner, slot)).toMatchObject({ ok: true, voted: false, votes: 0 });
    expect(await toggleVote(db, "2611.00102", "cookie-x", slot)).toMatchObject({ ok: true, voted: true, votes: 1 });
    // Another address, or the same one the next day, is another slot.
    expect(await toggleVote(db, "2611.00102", "cookie-y", addressSlot("198.51.100.8", now))).toMatchObject({ ok: true, votes: 2 });
    expect(await toggleVote(db, "2611.00102", "cookie-z", addressSlot("198.51.100.7", new Date("2026-12-02T00:30:00Z")))).toMatchObject({ ok: true, votes: 3 });
    expect(await deleteOldAddressSlots(db, new Date("2026-12-03T12:00:00Z"))).toBe(2); // 1 Dec; 2 Dec is yesterday, kept
  });

  it("with addOnly, casts a missing vote and leaves a present one", async () => {
    await createPaper("2611.00103");
    expect(await toggleVote(db, "2611.00103", "no-cookie", undefined, { addOnly: true })).toEqual({ ok: true, voted: true, votes: 1 });
    expect(await toggleVote(db, "2611.00103", "no-cookie", undefined, { addOnly: true })).toEqual({ ok: true, voted: true, votes: 1 });
    expect(await toggleVote(db, "2611.00103", "no-cookie")).toEqual({ ok: true, voted: false, votes: 0 });
  });

  it("accepts only cookies it signed", () => {
    const cookie = newVoterCookie();
    expect(voterIdFromCookie(cookie)).toMatch(/^[\w-]{40,}$/);
    const [id, signature] = cookie.split(".");
    expect(voterIdFromCookie(`${id}x.${signature}`)).toBeNull();
    expect(voterIdFromCookie(`${id}.${signature.slice(1)}A`)).toBeNull();
    expect(voterIdFromCookie("garbage")).toBeNull();
    expect(voterIdFromCookie(undefined)).toBeNull();
  });

  it("makes a cookieless client the same voter all day", () => {
    const morning = addressVoterCookie("198.51.100.7", "2026-12-01");
    expect(voterIdFromCookie(morning)).not.toBeNull();
    expect(addressVoterCookie("198.51.100.7", "2026-12-01")).toBe(morning);
    expect(addressVoterCookie("198.51.100.8", "2026-12-01")).not.toBe(morning);
    expect(addressVoterCookie("198.51.100.7", "2026-12-02")).not.toBe(morning);
  });
});

describe("vote rate limit (PostgreSQL token buckets)", () => {
  it("allows a burst of ten, then one every two seconds", async () => {
    const t0 = new Date("2026-12-01T10:00:00Z");
    const burst = [];
    for (let i = 0; i < 12; i++) burst.push(await takeVoteToken(db, "client-a", t0));
    expect(burst.filter(Boolean)).toHaveLength(10);
    expect(await takeVoteToken(db, "client-a", new Date(t0.getTime() + 1_000))).toBe(false);
    expect(await takeVoteToken(db, "client-a", new Date(t0.getTime() + 2_100))).toBe(true);
    expect(await takeVoteToken(db, "client-b", t0)).toBe(true);
  });

  it("never hands out the same token twice to concurrent requests", async () => {
    const t0 = new Date("2026-12-01T10:00:00Z");
    const taken = await Promise.all(Array.from({ length: 30 }, () => takeVoteToken(db, "client-c", t0)));
    expect(taken.filter(Boolean)).toHaveLength(10);
  });

  it("forgets buckets that have refilled", async () => {
    const t0 = new Date("2026-12-01T10:00:00Z");
    await takeVoteToken(db, "client-d", t0);
    expect(await deleteFullBuckets(db, new Date(t0.getTime() + 10_000))).toBe(0);
    expect(await deleteFullBuckets(db, new Date(t0.getTime() + 21_000))).toBe(1);
  });
});
