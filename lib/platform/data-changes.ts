// Listens to PostgreSQL's change notifications (the notify_data_change triggers) and bumps the
// data version, so cached views end the moment a vote, an ingest or a re-tag commits, in any
// process. While the listening connection is down we cannot know what changed: `live()` is false
// and callers must neither serve nor store cached pages until it is back.
import { type Connection, openConnection } from "@/lib/platform/connection";
import { bumpDataVersion } from "@/lib/platform/data-version";

export const DATA_CHANNEL = "sparse_digest_data";

export type DataChangeListener = { live: () => boolean; close: () => Promise<void> };

export async function listenForDataChanges(
  databaseUrl: string,
  { log = console.error, retryMs = [250, 1_000, 5_000, 15_000] }: { log?: (line: string) => void; retryMs?: number[] } = {},
): Promise<DataChangeListener> {
  let client: Connection | null = null;
  let live = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const candidate = await openConnection(databaseUrl, {
      keepAlive: true,
      name: "sparse-digest page cache",
      prepare: (connection) => {
        connection.on("notification", () => bumpDataVersion());
        connection.on("error", () => lost(connection, "connection error"));
        connection.on("end", () => lost(connection, "connection closed"));
      },
    });
    try {
      await candidate.query(`LISTEN ${DATA_CHANNEL}`);
    } catch (error) {
      await candidate.end().catch(() => {});
      throw error;
    }
    if (closed) return void (await candidate.end().catch(() => {}));
    client = candidate;
    // Anything may have changed while we were not listening.
    bumpDataVersion();
    live = true;
    if (failures) log(`Page cache: listening for data changes again.`);
    failures = 0;
  };

  const lost = (which: Connection, why: string) => {
    if (client !== which || closed) return;
    client = null;
    live = false;
    bumpDataVersion();
    log(`Page cache: lost the change feed (${why}); serving uncached pages until it is back.`);
    void which.end().catch(() => {});
    schedule();
  };

  const schedule = () => {
    if (closed) return;
    const wait = retryMs[Math.min(failures++, retryMs.length - 1)];
    retry = setTimeout(() => connect().catch(schedule), wait);
    retry.unref();
  };

  await connect().catch((error: Error) => {
    log(`Page cache: cannot listen for data changes (${error.message}); serving uncached pages until it can.`);
    schedule();
  });

  return {
    live: () => live,
    close: async () => {
      closed = true;
      live = false;
      clearTimeout(retry);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
