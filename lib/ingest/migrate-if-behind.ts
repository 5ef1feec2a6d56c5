import { readdir } from "node:fs/promises";
import pg from "pg";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/postgres/migrations";

/**
 * Applies migrations only when some are missing. The schema engine keeps its advisory lock
 * for the life of the process that migrated, so a CLI that always migrated would wait (and
 * time out) while `npm start` runs; an up-to-date database needs no lock at all.
 */
export async function migrateIfBehind(url: string): Promise<string[]> {
  const wanted = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    ).catch(() => ({ rows: [] as { name: string }[] }));
    const applied = new Set(rows.map((r) => r.name));
    if (wanted.every((name) => applied.has(name))) return [];
  } finally {
    await client.end();
  }
  return applyMigrations(url);
}
