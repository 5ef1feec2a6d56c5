// npm run bench:web [-- --papers 1000000 --seconds 10]: requests/s and latency of the production
// server on generated papers (autocannon), beside the time of the bare SQL each page runs, and
// the server's peak memory. Self-contained: throwaway PostgreSQL, its own build folder.
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { findFreePort } from "@/scripts/lib/postgres/embedded";
import { prepareDatabase } from "@/scripts/lib/postgres/prepare-database";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";
import { buildIfStale } from "@/scripts/lib/build";
import { generatePapers } from "@/scripts/lib/generate-papers";
import { waitForHttp } from "@/scripts/lib/wait-for-http";
import { spawnWebServer } from "@/scripts/lib/web-server";
import { runCli } from "@/scripts/run-cli";

const { values } = parseArgs({ options: { papers: { type: "string", default: "1000000" }, seconds: { type: "string", default: "10" } } });

async function rssOfTree(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "")).split(" ").filter(Boolean).map(Number);
  return own + (await Promise.all(children.map(rssOfTree))).reduce((a, b) => a + b, 0);
}

async function timeIt(run: () => Promise<unknown>, times = 5) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

// What a browser sends that changes the answer: compressed pages (as every browser accepts).
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml" };

await runCli(async () => {
  const papers = Number(values.papers);
  const postgres = await startThrowawayPostgres({ name: "bench-web", database: "bench", log: (line) => console.log(line) });
  let server: ChildProcess | undefined;
  try {
    await prepareDatabase(postgres.url, { seed: false });
    const now = new Date();
    let t = Date.now();
    await generatePapers(postgres.url, papers, now, (line) => console.log(`  ${line}`));
    console.log(`${papers.toLocaleString("en")} papers generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);

    // The bare SQL of each page, timed in this process through the same lib functions, uncached.
    // They use the process's client (getDb), on DATABASE_URL, read on first use: this one.
    process.env.DATABASE_URL = postgres.url;
    const { createDb, getDb } = await import("@/lib/platform/database");
    const db = getDb();
    const { getTrendingPapers, getTechniqueCounts } = await import("@/lib/trending/queries");
    const { parseTrendingFilters } = await import("@/lib/trending/filters");
    const { getPaper, getSimilarPapers } = await import("@/lib/papers/queries");
    const ids = (await db.paper.findMany({ select: { arxivId: true }, orderBy: { id: "desc" }, take: 500 })).map((p) => p.arxivId);
    const page = async (params: Record<string, string>) => {
      const filters = parseTrendingFilters(params);
      await Promise.all([getTrendingPapers(filters, new Date()), getTechniqueCounts(filters, new Date())]);
    };
    const paperPage = async (id: string) => {
      const paper = await getPaper(id);
      await getSimilarPapers(paper!);
    };
    const searches = ["routing", '"load balancing"', "quantization -diffusion", "eviction OR caching", "teacher student"];
    const sql = {
      trending: await timeIt(() => page({})),
      twoTechniques: await timeIt(() => page({ topics: "moe,kv-cache" })),
      paper: await timeIt(() => paperPage(ids[7])),
      search: await timeIt(() => page({ q: "routing" })),
    };
    await db.$disconnect();

    // The server makes its own signing key in the run's folder, as a default install does.
    const { APP_SECRET: _unused, ...inherited } = process.env;
    const env: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: "production", NEXT_DIST_DIR: ".next-bench", DATABASE_URL: postgres.url, DATA_DIR: path.join(postgres.folder, "data"), NEXT_TELEMETRY_DISABLED: "1" };
    await buildIfStale({ env, log: (line) => console.log(`  ${line}`) });
    // Votes in the "1 vote/s" scenario go through the app's own toggle, on a client of their own.
    const voter = createDb(postgres.url, { max: 1 });
    const { toggleVote } = await import("@/lib/votes/toggle-vote");

    // Two servers in turn: as `npm start` runs it (page cache on), then rendering every request.
    for (const cacheMb of ["64", "0"]) {
      const port = await findFreePort();
      server = spawnWebServer({ ...env, PAGE_CACHE_MB: cacheMb }, port, "ignore");
      const base = `http://localhost:${port}`;
      await waitForHttp(`${base}/`, 60_000);
      let peakRss = 0;
      const sampler = setInterval(async () => (peakRss = Math.max(peakRss, await rssOfTree(server!.pid!))), 200);

      const load = async (name: string, connections: number, paths: string[], bareSqlMs: number, during?: () => Promise<void>) => {
        // Every page is asked for once before the clock starts, as a browsing audience would have.
        for (const p of paths) await fetch(base + p, { headers: BROWSER_HEADERS }).then((r) => r.arrayBuffer());
        let i = 0;
        const requests = [{ setupRequest: (r: object) => ({ ...r, path: paths[i++ % paths.length] }) }];
        let running = true;
        const side = during ? (async () => { while (running) await during(); })() : null;
        const result = await autocannon({ url: base, connections, duration: Number(values.seconds), headers: BROWSER_HEADERS, requests });
        running = false;
        await side;
        const errors = result.errors + result.non2xx;
        console.log(
          `${name.padEnd(34)} ${String(connections).padStart(2)} conn  ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  bare SQL ${bareSqlMs.toFixed(1)} ms${errors ? `  (${errors} errors)` : ""}`,
        );
      };
      // One vote a second on a recent paper, toggled: each ends every cached view (data version).
      let votes = 0;
      const voteEverySecond = async () => {
        await toggleVote(voter, ids[votes % 50], `bench-voter-${votes++ % 7}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      };

      console.log(`\n${cacheMb === "0" ? "page cache off (every request rendered)" : `page cache on (${cacheMb} MiB)`}, ${papers.toLocaleString("en")} papers, ${values.seconds} s per scenario`);
      await load("trending (no filter)", 32, ["/"], sql.trending);
      await load("trending, two techniques", 32, ["/?topics=kv-cache,moe"], sql.twoTechniques);
      await load("paper page (500 papers)", 32, ids.map((id) => `/papers/${id}`), sql.paper);
      await load("search (5 queries)", 4, searches.map((q) => `/?q=${encodeURIComponent(q)}`), sql.search);
      await load("trending, 1 vote/s landing", 32, ["/"], sql.trending, voteEverySecond);
      clearInterval(sampler);
      console.log(`server peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await voter.$disconnect();
  } finally {
    server?.kill("SIGTERM");
    await postgres.stop();
  }
});
