import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/scripts/lib/postgres/migrations";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";

// One throwaway PostgreSQL per test run: tests never see the user's data, and two runs (or two
// checkouts) never share a cluster. The signing key is set here, random per run, so no test
// reads or creates the checkout's DATA_DIR/app-secret; tests of the key source unset it.
export default async function setup() {
  const postgres = await startThrowawayPostgres({ name: "test", database: "sparse_digest_test", log: (line) => console.log(line) }).catch((error: Error) => {
    throw Object.assign(new Error(error.message), { stack: `Error: ${error.message}` }); // one line, as npm start says it
  });
  await applyMigrations(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  process.env.APP_SECRET = randomBytes(32).toString("base64url");
  return () => postgres.stop();
}
