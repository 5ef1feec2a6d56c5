// npm run bench:ingest [-- --sizes 25000,100000 --batch 1000]: papers/s and peak RSS of
// ingesting a generated arXiv API Atom file (streamed, batched upserts, tagging included) into a
// throwaway embedded PostgreSQL (fsync off). Each size runs in a fresh child process so peak RSS
// is that size's alone.
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "@/scripts/run-cli";
import { seededRandom } from "@/scripts/lib/seeded-random";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "25000,100000" }, batch: { type: "string", default: "1000" }, child: { type: "string" }, "no-tag": { type: "boolean", default: false } } });
const workDir = path.join(tmpdir(), `sparse-digest-bench-ingest-feed-${process.pid}`);


async function runChild(size: number, batchSize: number) {
  const { startThrowawayPostgres } = await import("@/scripts/lib/postgres/throwaway");
  const { prepareDatabase } = await import("@/scripts/lib/postgres/prepare-database");
  const { createDb } = await import("@/lib/platform/database");
  const { runIngest } = await import("@/lib/ingest/run-ingest");
  const { feedFileSource } = await import("@/lib/ingest/sources/feed-file");
  const file = path.join(workDir, `feed-${size}.xml`);
  await writeAtomFile(file, size);
  const postgres = await startThrowawayPostgres({ name: "bench-ingest", database: "bench", log: (line) => console.log(line) });
  const pgDir = path.join(postgres.folder, "postgres");
  const db = createDb(postgres.url, { max: 2 });
  try {
    await prepareDatabase(postgres.url, { seed: false });
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const nodeCpuBefore = process.cpuUsage();
    const postgresCpuBefore = await postgresCpuSeconds(pgDir);
    const started = process.hrtime.bigint();
    const result = await runIngest({ db, sources: [await feedFileSource(file)], batchSize, tag: !values["no-tag"], log: () => {} });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    const postgresCpu = (await postgresCpuSeconds(pgDir)) - postgresCpuBefore;
    clearInterval(sampler);
    const tagged = await db.paper.count({ where: { NOT: { techniques: { isEmpty: true } } } });
    const mb = (await stat(file)).size / 1e6;
    if (result.created !== size || result.failed) throw new Error(`expected ${size} created, got ${JSON.stringify(result)}`);
    console.log(
      `${size.toLocaleString("en").padStart(8)} papers (${mb.toFixed(0)} MB file): ${seconds.toFixed(1)} s, ${Math.round(size / seconds).toLocaleString("en")} papers/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB, ${tagged.toLocaleString("en")} tagged`,
    );
    const perPaper = (cpuSeconds: number) => `${((cpuSeconds * 1e6) / size).toFixed(0)} µs/paper`;
    console.log(`          CPU: Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s (${perPaper((nodeCpu.user + nodeCpu.system) / 1e6)}), PostgreSQL ${postgresCpu.toFixed(1)} s (${perPaper(postgresCpu)})`);
  } finally {
    await db.$disconnect();
    await postgres.stop();
    if (!process.env.BENCH_KEEP_FILE) await rm(workDir, { recursive: true, force: true });
  }
}

/** CPU seconds used so far by the embedded server: its live processes plus the ones it reaped. */
async function postgresCpuSeconds(pgDir: string): Promise<number> {
  const { readFile, readdir } = await import("node:fs/promises");
  const postmaster = Number((await readFile(path.join(pgDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const tick = 100; // USER_HZ on Linux
  const stat = async (pid: number) => (await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")).replace(/^.*\) /, "").split(" ");
  let total = 0;
  for (const entry of await readdir("/proc")) {
    const fields = /^\d+$/.test(entry) ? await stat(Number(entry)) : [];
    // fields[1] is the parent pid (after the name); utime and stime are fields 11 and 12 here.
    if (Number(entry) === postmaster) total += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    else if (Number(fields[1]) === postmaster) total += Number(fields[11]) + Number(fields[12]);
  }
  return total / tick;
}

// Deterministic, realistic entries: ~1,100-character abstracts, 2-8 authors, 1-3 categories,
// some comments with repository links, a mix of technique phrases for the tagger to find.
async function writeAtomFile(file: string, count: number) {
  await rm(workDir, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(workDir, { recursive: true }));
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const out = createWriteStream(file);
  const write = (chunk: string) => (out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve())));
  await write(`<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">\n  <opensearch:totalResults>${count}</opensearch:totalResults>\n`);
  for (let i = 0; i < count; i++) {
    const id = `${String(2400 + Math.floor(i / 99_999)).padStart(4, "0")}.${String(i % 99_999).padStart(5, "0")}`;
    let abstract = "";
    while (abstract.length < 1_100) abstract += `${pick(SENTENCES)} `;
    const cats = [pick(CATEGORIES), pick(CATEGORIES)].filter((c, j, all) => all.indexOf(c) === j);
    const authors = Array.from({ length: 2 + Math.floor(random() * 7) }, () => `<author><name>${pick(FIRST)} ${pick(LAST)}</name></author>`).join("");
    const comment = random() < 0.3 ? `<arxiv:comment>${8 + (i % 20)} pages. Code: https://github.com/lab${i % 500}/repo${i}</arxiv:comment>` : "";
    const date = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().replace(".000", "");
    await write(
      `  <entry><id>http://arxiv.org/abs/${id}v${1 + (i % 3)}</id><title>${pick(TITLES)} ${i}</title><updated>${date}</updated>` +
        `<link href="https://arxiv.org/abs/${id}" rel="alternate" type="text/html"/><summary>${escapeXml(abstract.trim())}</summary>` +
        cats.map((c) => `<category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join("") +
        `<published>${date}</published>${comment}<arxiv:primary_category term="${cats[0]}"/>${authors}</entry>\n`,
    );
  }
  await write("</feed>\n");
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

const CATEGORIES = ["cs.LG", "cs.CL", "cs.AI", "cs.CV", "stat.ML"] as const;
const FIRST = ["Ada", "Alan", "Grace", "Barbara", "Edsger", "Donald", "Frances", "John", "Leslie", "Margaret", "Yann", "Fei-Fei"] as const;
const LAST = ["Lovelace", "Turing", "Hopper", "Liskov", "Dijkstra", "Knuth", "Allen", "McCarthy", "Lamport", "Hamilton", "Zhang", "Müller"] as const;
const TITLES = [
  "Sparse Mixture-of-Experts Routing at Scale",
  "Post-Training Quantization of Large Language Models to 4 Bits",
  "Structured Pruning of Attention Heads",
  "KV-Cache Compression for Long-Context Inference",
  "Knowledge Distillation into Small Students",
  "Low-Rank Adaptation for Efficient Fine-Tuning",
  "Graph Neural Networks for Molecules",
  "Diffusion Models for Video Generation",
] as const;
const SENTENCES = [
  "We route each token to the top-2 of 64 experts and balance the load with an auxiliary loss.",
  "Weights are quantized to 4 bits with per-group scales while activations stay in 8 bits.",
  "Half of the attention heads can be pruned after a short recovery phase with negligible loss.",
  "The key-value cache is compressed by evicting tokens with low attention scores.",
  "A small student is distilled from the teacher's logits on unlabeled data.",
  "Low-rank adapters of rank 16 recover most of full fine-tuning quality.",
  "Experiments on standard benchmarks show consistent improvements over strong baselines.",
  "We release code and models to support reproducibility.",
  "Our analysis reveals a trade-off between accuracy and latency across model sizes.",
  "The method is simple, requires no retraining, and applies to any transformer.",
  "Results hold across vision and language tasks, and scale to 70B parameters.",
  "We provide a theoretical justification under mild assumptions ($\\epsilon < 1$).",
] as const;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");


await runCli(async () => {
  if (values.child) return runChild(Number(values.child), Number(values.batch));
  const sizes = values.sizes!.split(",").map(Number);
  console.log(`ingest benchmark: ${sizes.map((n) => n.toLocaleString("en")).join(" and ")} papers, batches of ${values.batch}, tagging on`);
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-ingest.ts", "--child", String(size), "--batch", values.batch!, ...(values["no-tag"] ? ["--no-tag"] : [])], { stdio: "inherit" });
    if (child.status !== 0) throw new Error(`the ${size}-paper run failed (exit ${child.status})`);
  }
});
process.exit(process.exitCode ?? 0);
