import { beforeEach, describe, expect, it } from "vitest";
import { demoArxivId, removeDemoPapers, seedDemoPapers } from "@/lib/demo/seed-demo-papers";
import { db, resetDatabase } from "@/tests/helpers/db";

beforeEach(resetDatabase);

describe("seedDemoPapers", () => {
  it("loads the 57 bundled papers under ids arXiv never issues, tagged", async () => {
    expect(await seedDemoPapers(db)).toBe(57);
    const papers = await db.paper.findMany({ orderBy: { arxivId: "asc" } });
    expect(papers).toHaveLength(57);
    expect(papers.every((p) => p.isDemo && p.arxivId.startsWith("demo/"))).toBe(true);
    expect(papers[0].arxivId).toBe(demoArxivId(0));
    expect(papers[0].title).toBe("Efficiently Editing Mixture-of-Experts Models with Compressed Experts");
    expect(papers[0].techniques).toContain("moe");
    expect(await db.paperTechnique.count()).toBeGreaterThan(57);
  });

  it("loads nothing when it fails half-way: one transaction", async () => {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_on_30th() RETURNS trigger AS $$
      BEGIN IF NEW."arxivId" = 'demo/0030' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END
      $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_on_30th BEFORE INSERT ON "Paper" FOR EACH ROW EXECUTE FUNCTION fail_on_30th()`);
    try {
      await expect(seedDemoPapers(db)).rejects.toThrow(/simulated crash/);
      expect(await db.paper.count()).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_on_30th ON "Paper"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_on_30th()`);
    }
  });

  it("is removed by one command without touching real papers", async () => {
    await seedDemoPapers(db);
    await db.paper.create({ data: { arxivId: "2401.04088", title: "Mixtral of Experts", publishedAt: new Date(), authors: [], categories: [],
      codeUrls: [], techniques: [] } });
    expect(await removeDemoPapers(db)).toBe(57);
    expect((await db.paper.findMany()).map((p) => p.arxivId)).toEqual(["2401.04088"]);
  });
});
