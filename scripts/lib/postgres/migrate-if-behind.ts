import { readdir } from "node:fs/promises";
import { withConnection } from "@/lib/platform/connection";
import { applyMigrations, MIGRATIONS_DIR } from "@/scripts/lib/postgres/migrations";

/**
 * Applies migrations only when some are missing, so a CLI on an up-to-date database never loads
 * the schema engine. The engine takes Prisma's migration advisory lock for each operation, and
 * waits behind whoever holds it (`npm start` migrating, another CLI); it releases the lock when
 * the operation ends (migrations.ts closes every connection it opened).
 */
export async function migrateIfBehind(url: string): Promise<string[]> {
  const wanted = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const applied = await withConnection(url, async (client) => {
    const { rows } = await client
      .query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
      .catch(() => ({ rows: [] as { name: string }[] }));
    return new Set(rows.map((r) => r.name));
  });
  if (wanted.every((name) => applied.has(name))) return [];
  return applyMigrations(url);
}
