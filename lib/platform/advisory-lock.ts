import { openConnection } from "@/lib/platform/connection";

export type AdvisoryLock = { release: () => Promise<void> };

/**
 * A PostgreSQL session advisory lock on a connection of its own, so the server releases it the
 * moment a killed process's connection drops. Waits up to `waitMs` for a holder to finish (0:
 * only tries); null when the lock stayed taken.
 */
export async function takeAdvisoryLock(databaseUrl: string, [namespace, key]: [number, number], waitMs: number): Promise<AdvisoryLock | null> {
  const client = await openConnection(databaseUrl);
  const release = async () => {
    await client.end().catch(() => {});
  };
  try {
    if (waitMs <= 0) {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [namespace, key]);
      if (rows[0].locked) return { release };
    } else {
      // lock_timeout bounds the wait: the server queues us behind the holder and answers 55P03 after waitMs.
      await client.query(`SET lock_timeout = ${Math.ceil(waitMs)}`);
      try {
        await client.query("SELECT pg_advisory_lock($1, $2)", [namespace, key]);
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
