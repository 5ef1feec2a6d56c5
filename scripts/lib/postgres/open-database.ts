import path from "node:path";
import { withConnection } from "@/lib/platform/connection";
import { dataDir, settings } from "@/lib/platform/settings";
import { startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";

export const embeddedDir = () => path.join(dataDir(), "postgres");

export type OpenDatabase = { url: string; embedded: boolean; close: () => Promise<void> };

/**
 * The database of this checkout: DATABASE_URL when set (checked to answer), else the embedded
 * cluster in DATA_DIR/postgres, started for the caller and stopped by close().
 */
export async function openDatabase(log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  const url = settings().DATABASE_URL;
  if (url) {
    await checkReachable(url);
    return { url, embedded: false, close: async () => {} };
  }
  const running = await startEmbeddedPostgres({ dir: embeddedDir(), database: "sparse_digest", log });
  return { url: running.url, embedded: true, close: running.stop };
}

/** One readable line instead of a driver stack trace when the server is not there. */
export async function checkReachable(url: string) {
  try {
    await withConnection(url, (client) => client.query("SELECT 1"), { connectTimeoutMs: 5000 });
  } catch (error) {
    const host = safeHost(url);
    const reason = error instanceof Error ? error.message || (error as { code?: string }).code : String(error);
    throw new Error(`DATABASE_URL: cannot connect to ${host}: ${reason}`);
  }
}

function safeHost(url: string) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the configured server";
  }
}
