import pg from "pg";

const LOCK_NAMESPACE = 7_301;

export type PeriodLock = { release: () => Promise<void> };

/**
 * The lock that makes a run (or retry sweep) the only one alive for a digest: a PostgreSQL
 * session advisory lock on its own connection, so the server releases it the moment a killed
 * process's connection drops, and whoever takes it next may take over the claims left behind.
 * Waits up to `waitMs` for a holder to finish; null when it did not.
 */
export async function takePeriodLock(databaseUrl: string, digestId: number, waitMs: number): Promise<PeriodLock | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const release = async () => {
    await client.end().catch(() => {});
  };
  try {
    if (waitMs <= 0) {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [LOCK_NAMESPACE, digestId]);
      if (rows[0].locked) return { release };
    } else {
      // lock_timeout bounds the wait: the server queues us behind the holder and answers 55P03 after waitMs.
      await client.query(`SET lock_timeout = ${Math.ceil(waitMs)}`);
      try {
        await client.query("SELECT pg_advisory_lock($1, $2)", [LOCK_NAMESPACE, digestId]);
        await client.query("SET lock_timeout = 0");
        return { release };
      } catch (error) {
        if ((error as { code?: string }).code !== "55P03") throw error;
      }
    }
  } catch (error) {
    await release();
    throw error;
  }
  await release();
  return null;
}
