import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";

export const e2eDatabaseFile = (port: string | number) => path.join(tmpdir(), `sparse-digest-e2e-${port}.json`);

/** A client on the database of the server under test (Playwright specs arrange data with it). */
export function e2eDb(): Db {
  const port = process.env.E2E_PORT ?? "3199";
  const { databaseUrl } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { databaseUrl: string };
  return createDb(databaseUrl, { max: 2 });
}
