import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/scripts/lib/postgres/migrations";
import { db } from "@/tests/helpers/db";

describe("applyMigrations", () => {
  it("records every migration folder in _prisma_migrations, as prisma migrate deploy does", async () => {
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("fills the weighted full-text column from title and abstract", async () => {
    const paper = await db.paper.create({
      data: { arxivId: "9999.00001", title: "Sparse experts", abstract: "Routing tokens", publishedAt: new Date(), authors: [], categories: [],
        codeUrls: [], techniques: [] },
    });
    const [row] = await db.$queryRaw<{ search: string }[]>`SELECT "search"::text AS search FROM "Paper" WHERE id = ${paper.id}`;
    expect(row.search).toContain("'expert':2A");
    expect(row.search).toContain("'rout':3B");
    await db.paper.delete({ where: { id: paper.id } });
  });
});
