import { createDb, type Db } from "@/lib/platform/database";
import { migrateIfBehind } from "@/scripts/lib/postgres/migrate-if-behind";
import { openDatabase } from "@/scripts/lib/postgres/open-database";

export type DatabaseSession = { db: Db; url: string };

type Options = {
  /** Where the embedded server's start-up lines go (permissions granted, a folder moved aside). */
  log?: (line: string) => void;
  /** Connections in the client's pool. */
  max?: number;
  /** Apply missing migrations before the work (off for commands that migrate themselves or must not). */
  migrate?: boolean;
};

/**
 * What every command-line entry point does around its work: open this checkout's database
 * (DATABASE_URL, else the embedded cluster, shared with a running `npm start`), bring its schema
 * up to date, hand the work a client, then disconnect and stop what was started, whatever happens.
 */
export async function withDatabase<T>(work: (session: DatabaseSession) => Promise<T>, { log, max = 4, migrate = true }: Options = {}): Promise<T> {
  const database = await openDatabase(log);
  const db = createDb(database.url, { max });
  try {
    if (migrate) await migrateIfBehind(database.url);
    return await work({ db, url: database.url });
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
