// A production web server on a throwaway PostgreSQL with the demo papers, for benchmarks that
// need one of their own (bench:hostile, bench:memory): never the user's data or build.
import type { ChildProcess, StdioOptions } from "node:child_process";
import path from "node:path";
import { findFreePort } from "@/scripts/lib/postgres/embedded";
import { prepareDatabase } from "@/scripts/lib/postgres/prepare-database";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";
import { buildIfStale, distDir } from "@/scripts/lib/build";
import { waitForHttp } from "@/scripts/lib/wait-for-http";
import { spawnWebServer } from "@/scripts/lib/web-server";

export type BenchServer = { base: string; dist: string; server: ChildProcess; stop: () => Promise<void> };

export async function startBenchServer(name: string, stdio: StdioOptions): Promise<BenchServer> {
  const postgres = await startThrowawayPostgres({ name: `bench-${name}`, database: name, log: (line) => console.log(line) });
  await prepareDatabase(postgres.url);
  const { APP_SECRET: _unused, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited, NODE_ENV: "production", NEXT_DIST_DIR: ".next-bench", DATABASE_URL: postgres.url,
    DATA_DIR: path.join(postgres.folder, "data"), NEXT_TELEMETRY_DISABLED: "1", SMTP_URL: "",
  };
  await buildIfStale({ env, log: (line) => console.log(`  ${line}`) });
  const port = await findFreePort();
  const server = spawnWebServer(env, port, stdio);
  const base = `http://localhost:${port}`;
  await waitForHttp(`${base}/`, 60_000);
  return {
    base,
    dist: distDir(env),
    server,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await postgres.stop();
    },
  };
}
