import { beforeEach, describe, expect, it } from "vitest";
import { DISPUTE_FLAGS, flagAddressHash, flagFact, getFlagCounts } from "@/lib/facts/flags";
import { db, resetDatabase } from "@/tests/helpers/db";

beforeEach(() => resetDatabase());

describe("fact flags", () => {
  it("records one flag per fact per address, only for facts the paper has, and counts them", async () => {
    const paper = await db.paper.create({
      data: { arxivId: "2611.00700", title: "A", publishedAt: new Date(), authors: [], categories: [], codeUrls: [], techniques: [],
        facts: [{ kind: "bits", value: 4, unit: "bits", evidence: "4-bit" }] },
    });
    for (let i = 0; i < DISPUTE_FLAGS; i++) expect(await flagFact(db, "2611.00700", "bits:4", flagAddressHash(`10.0.0.${i}`))).toEqual({ ok: true, flags: i + 1 });
    expect(await flagFact(db, "2611.00700", "bits:4", flagAddressHash("10.0.0.0"))).toEqual({ ok: true, flags: DISPUTE_FLAGS }); // again: no change
    expect(await flagFact(db, "2611.00700", "bits:3", flagAddressHash("10.0.0.9"))).toEqual({ ok: false, problem: "unknown-fact" });
    expect(await flagFact(db, "2611.09999", "bits:4", flagAddressHash("10.0.0.9"))).toEqual({ ok: false, problem: "unknown-fact" });
    expect(await getFlagCounts(db, paper.id)).toEqual(new Map([["bits:4", DISPUTE_FLAGS]]));
    expect((await db.factFlag.findFirstOrThrow()).addressHash).not.toContain("10.0.0");
  });
});
