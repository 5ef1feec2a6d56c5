// npm run bench:memory [-- --seconds 20 --connections 200 --url http://host:port --pid PID]
// The web server's memory under load (autocannon): uncached renders, /status, a cached page,
// then the page cache filled with tiny answers under long distinct URLs. Prints throughput and
// the server's RSS after each phase, its peak, and what it keeps after ten idle seconds.
// Without --url it starts its own server (as `npm start` runs it) on a throwaway PostgreSQL.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startBenchServer } from "@/scripts/lib/bench-server";
import { runCli } from "@/scripts/run-cli";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, connections: { type: "string", default: "200" }, url: { type: "string" }, pid: { type: "string" } } });

const rssMiB = async (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, "utf8").catch(() => ""))?.[1] ?? 0) / 1024;
const WORDS = ["routing", "experts", "quantization", "pruning", "sparse", "cache", "distillation", "lowrank", "attention", "token"];

await runCli(async () => {
  let base = values.url;
  let pid = Number(values.pid);
  let stop = async () => {};
  if (!base) {
    const bench = await startBenchServer("memory", "ignore");
    pid = bench.server.pid!;
    ({ base, stop } = bench);
  }
  if (!pid) throw new Error("--pid: the web server's process id (to read its memory) is needed with --url");
  try {
    let peak = await rssMiB(pid);
    const sampler = setInterval(async () => (peak = Math.max(peak, await rssMiB(pid))), 250);
    console.log(`server RSS at rest: ${peak.toFixed(0)} MiB`);
    let n = 0;
    const phase = async (name: string, next: () => string, connections = Number(values.connections), amount: { duration?: number; amount?: number } = { duration: Number(values.seconds) }) => {
      const result = await autocannon({ url: base, connections, ...amount, headers: { "accept-encoding": "gzip, deflate, br" }, requests: [{ setupRequest: (r: object) => ({ ...r, path: next() }) }] });
      const errors = result.errors + result.timeouts + result.non2xx;
      console.log(`${name.padEnd(44)} ${String(connections).padStart(3)} conn ${result.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(5)} ms  RSS ${(await rssMiB(pid)).toFixed(0).padStart(4)} MiB${errors ? `  (${errors} errors)` : ""}`);
    };
    const uncached = () => {
      const i = n++;
      const q = `${WORDS[i % WORDS.length]}${i}`;
      return [`/?q=${q}`, `/topics/moe?q=${q}`, `/api/papers?q=${q}`, `/feed.xml?q=${q}`, `/papers/demo/${String((i % 57) + 1).padStart(4, "0")}`][i % 5];
    };
    await phase("uncached pages (a new search each request)", uncached);
    await phase("/status", () => "/status");
    await phase("trending page (cached)", () => "/");
    const pad = "p".repeat(4_000);
    await phase("page cache fill: 20,000 tiny answers, 4 KB URLs", () => `/api/papers?q=zzzqqq&pad=${pad}${n++}`, 20, { amount: 20_000 });
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.log(`server RSS: peak ${peak.toFixed(0)} MiB, after 10 s idle ${(await rssMiB(pid)).toFixed(0)} MiB`);
  } finally {
    await stop();
  }
});
