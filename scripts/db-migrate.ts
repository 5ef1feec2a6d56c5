// npm run db:migrate: apply pending Prisma migrations (as `prisma migrate deploy` would).
import { applyMigrations } from "@/scripts/lib/postgres/migrations";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  // Always through the engine (not migrateIfBehind): it also reports a failed or edited migration.
  const applied = await withDatabase(({ url }) => applyMigrations(url), { migrate: false, max: 1 });
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
}, { exit: true });
