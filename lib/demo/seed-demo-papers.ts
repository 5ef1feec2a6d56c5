import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/platform/database";
import { extractFacts, FACTS_VERSION } from "@/lib/facts/extract-facts";
import { savePaperTechniques } from "@/lib/tagging/save-paper-techniques";

// Demo papers come from a Hugging Face Daily Papers page that showed no ids, authors or dates.
// Their ids live under "demo/", a prefix arXiv never issues, so they can never collide with real
// papers and one query removes them all.
export const DEMO_PREFIX = "demo/";
const FIXTURE = path.resolve("prisma/fixtures/seed-papers.json");

const SeedFileSchema = z.object({
  source: z.string(),
  papers: z.array(z.object({ title: z.string().min(1), abstract: z.string() })).min(1),
});

export const demoArxivId = (index: number) => `${DEMO_PREFIX}${String(index + 1).padStart(4, "0")}`;

/** Loads the demo papers in one transaction: a crash leaves either all of them or none. */
export async function seedDemoPapers(db: Db, now = new Date()): Promise<number> {
  const seed = SeedFileSchema.parse(JSON.parse(await readFile(FIXTURE, "utf8")));
  return db.$transaction(
    async (tx) => {
      const papers = [];
      for (const [index, paper] of seed.papers.entries()) {
        const arxivId = demoArxivId(index);
        // Spread over the last two weeks, in page order, so every window has something to show.
        const publishedAt = new Date(now.getTime() - index * 6 * 3600_000);
        papers.push(
          await tx.paper.upsert({
            where: { arxivId },
            create: {
              arxivId, title: paper.title.trim(), abstract: paper.abstract.trim(), publishedAt, isDemo: true,
              authors: [], categories: [], codeUrls: [], techniques: [],
              facts: extractFacts({ title: paper.title, abstract: paper.abstract }), factsVersion: FACTS_VERSION,
            },
            update: {},
            select: { id: true, title: true, abstract: true },
          }),
        );
      }
      await savePaperTechniques(tx, papers);
      return papers.length;
    },
    { timeout: 60_000 },
  );
}

export async function removeDemoPapers(db: Db): Promise<number> {
  const { count } = await db.paper.deleteMany({ where: { isDemo: true } });
  return count;
}
