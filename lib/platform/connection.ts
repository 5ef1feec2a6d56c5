import pg from "pg";

// The one place a raw PostgreSQL connection is opened, for what Prisma's pooled client cannot do:
// LISTEN (lib/platform/data-changes.ts), a session lock held on a connection of its own
// (lib/platform/advisory-lock.ts), and administration before a schema exists (scripts/lib/postgres).

export type Connection = pg.Client;

type Options = {
  connectTimeoutMs?: number;
  keepAlive?: boolean;
  name?: string;
  /** Called before connecting, to attach listeners ("error", "notification") that must not miss an event. */
  prepare?: (connection: Connection) => void;
};

/** Opens a connection; the caller ends it. */
export async function openConnection(url: string, { connectTimeoutMs, keepAlive, name, prepare }: Options = {}): Promise<Connection> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs, keepAlive, application_name: name });
  prepare?.(client);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Runs `use` on a connection of its own and ends it, whatever happens. */
export async function withConnection<T>(url: string, use: (connection: Connection) => Promise<T>, options: Options = {}): Promise<T> {
  const connection = await openConnection(url, options);
  try {
    return await use(connection);
  } finally {
    await connection.end().catch(() => {});
  }
}
