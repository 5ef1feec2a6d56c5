// npm run db:migration -- <name>: write the SQL that takes the migrations to prisma/schema.prisma.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffSchemaAgainstMigrations, MIGRATIONS_DIR } from "@/scripts/lib/postgres/migrations";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:migration -- <name in snake_case>");
  // The diff replays the migrations into a shadow database: a throwaway cluster, never user data.
  const shadow = await startThrowawayPostgres({ name: "shadow", database: "shadow", log: (line) => console.log(line) });
  try {
    const sql = await diffSchemaAgainstMigrations(shadow.url);
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log("The schema matches the migrations: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it, then npm run db:migrate.`);
  } finally {
    await shadow.stop();
  }
});
