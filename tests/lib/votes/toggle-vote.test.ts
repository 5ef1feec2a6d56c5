import { beforeEach, describe, expect, it } from "vitest";
import { getVotedArxivIds, toggleVote } from "@/lib/votes/toggle-vote";
import { newVoterCookie, voterIdFromCookie } from "@/lib/votes/voter-cookie";
import { takeVoteToken } from "@/lib/votes/rate-limit";
import { db, resetDatabase } from "@/tests/helpers/db";

beforeEach(resetDatabase);

describe("votes", () => {
  it("toggles one vote per voter and keeps Paper.votes equal to the rows", async () => {
    await db.paper.create({ data: { arxivId: "2611.00100", title: "T", publishedAt: new Date(), authors: [], categories: [], codeUrls: [], topics: [] } });
    expect(await toggleVote("2611.00100", "alice")).toEqual({ voted: true, votes: 1 });
    expect(await toggleVote("2611.00100", "bob")).toEqual({ voted: true, votes: 2 });
    expect(await toggleVote("2611.00100", "alice")).toEqual({ voted: false, votes: 1 });
    expect(await db.vote.count()).toBe(1);
    expect(await getVotedArxivIds("bob", ["2611.00100", "2611.00999"])).toEqual(["2611.00100"]);
    expect(await getVotedArxivIds("alice", ["2611.00100"])).toEqual([]);
    expect(await toggleVote("9999.99999", "bob")).toBeNull();
  });

  it("counts concurrent toggles of different voters exactly", async () => {
    await db.paper.create({ data: { arxivId: "2611.00101", title: "T", publishedAt: new Date(), authors: [], categories: [], codeUrls: [], topics: [] } });
    await Promise.all(Array.from({ length: 20 }, (_, i) => toggleVote("2611.00101", `voter-${i}`)));
    const stored = await db.paper.findUniqueOrThrow({ where: { arxivId: "2611.00101" } });
    expect(stored.votes).toBe(20);
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

  it("rate-limits a client after a burst and refills with time", () => {
    const t0 = 1_000_000;
    const results = Array.from({ length: 12 }, () => takeVoteToken("198.51.100.7", t0));
    expect(results.filter(Boolean)).toHaveLength(10);
    expect(takeVoteToken("198.51.100.7", t0 + 2_100)).toBe(true);
    expect(takeVoteToken("203.0.113.9", t0)).toBe(true);
  });
});
