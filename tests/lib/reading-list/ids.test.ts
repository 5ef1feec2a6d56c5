import { describe, expect, it } from "vitest";
import { MAX_IDS, parseIdList, savedHref } from "@/lib/reading-list/ids";

const many = (n: number) => Array.from({ length: n }, (_, i) => `2510.${String(10000 + i)}`).join(",");

describe("parseIdList", () => {
  it.each([
    ["2510.12345", ["2510.12345"]],
    ["2510.12345,hep-th/9901001,math.GT/0309136,demo/0001,0704.0001", ["2510.12345", "hep-th/9901001", "math.GT/0309136", "demo/0001", "0704.0001"]],
    [" 2510.12345 , 2510.00001,", ["2510.12345", "2510.00001"]],
    ["2510.12345,2510.00001,2510.12345", ["2510.12345", "2510.00001"]],
  ])("reads %j", (raw, ids) => {
    expect(parseIdList(raw)).toEqual({ ok: true, ids });
  });

  it.each([
    [undefined, /at least one/],
    ["", /at least one/],
    [" , ", /at least one/],
    ["2510.12345v2", /“2510\.12345v2” is not an arXiv id \(leave out the version: 2510\.12345\)/],
    ["2510.123", /is not an arXiv id/],
    ["../../etc/passwd", /is not an arXiv id/],
    ["<script>alert(1)</script>", /is not an arXiv id/],
    ["2510.12345,\u0000evil", /“\?evil” is not/],
    [many(MAX_IDS + 1), /at most 200 arXiv ids \(201 given\)/],
    [`2510.12345,${"x".repeat(10_000)}`, /^ids: at most 200 arXiv ids$/],
  ])("refuses %j with a reason", (raw, reason) => {
    const parsed = parseIdList(raw as string | undefined);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });

  it("takes the most ids a list may hold, and a long bad id is shown cut short", () => {
    expect(parseIdList(many(MAX_IDS))).toMatchObject({ ok: true });
    const bad = parseIdList("y".repeat(500));
    expect(!bad.ok && bad.error.length).toBeLessThan(80);
  });
});

describe("savedHref", () => {
  it("names the list in the URL unescaped, and the bare page when empty", () => {
    expect(savedHref(["2510.12345", "hep-th/9901001"])).toBe("/saved?ids=2510.12345,hep-th/9901001");
    expect(savedHref([])).toBe("/saved");
    expect(parseIdList(new URL(`http://x${savedHref(["hep-th/9901001"])}`).searchParams.get("ids"))).toEqual({ ok: true, ids: ["hep-th/9901001"] });
  });
});
