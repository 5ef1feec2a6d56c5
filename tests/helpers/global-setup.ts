import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";
import { applyMigrations } from "@/lib/postgres/migrations";

// One throwaway PostgreSQL per test run, in a temporary folder: tests never see the user's data,
// and two runs (or two checkouts) never share a cluster.
export default async function setup() {
  const dir = path.join(tmpdir(), `sparse-digest-test-${process.pid}`);
  const postgres = await startEmbeddedPostgres({ dir, database: "sparse_digest_test", durable: false });
  await applyMigrations(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  return async () => {
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.ready`, { force: true });
  };
}
