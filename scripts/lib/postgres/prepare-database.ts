import { createDb } from "@/lib/platform/database";
import { seedDemoPapers } from "@/lib/demo/seed-demo-papers";
import { applyMigrations } from "@/scripts/lib/postgres/migrations";

/** Migrates, then loads the demo papers when the database holds no paper at all. */
export async function prepareDatabase(url: string, options: { seed?: boolean } = {}) {
  const applied = await applyMigrations(url);
  const db = createDb(url, { max: 2 });
  try {
    const empty = (await db.paper.count()) === 0;
    const seeded = empty && options.seed !== false ? await seedDemoPapers(db) : 0;
    return { applied, seeded };
  } finally {
    await db.$disconnect();
  }
}
