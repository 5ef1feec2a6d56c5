import { getDb } from "@/lib/platform/database";

/** The client lib/ code uses in tests (getDb on the run's DATABASE_URL, set by global-setup). */
export const db = getDb();

/** Empties every table (not _prisma_migrations) so each test starts from a known state. */
export async function resetDatabase() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  if (list) await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
