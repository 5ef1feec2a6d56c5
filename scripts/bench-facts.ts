// Extraction throughput on one core: `npm run bench:facts [-- --papers 40000] [--file listings.jsonl.gz]`.
// Real arXiv listings (../shared/data/arxiv-listings-2025.jsonl.gz, with their comments), in
// order; without that file, the labelled abstracts of tests/fixtures/facts-eval.jsonl.
import { parseArgs } from "node:util";
import { extractFacts, FACTS_VERSION } from "@/lib/facts/extract-facts";
import { listingsFile, readListings } from "@/scripts/lib/listings";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { values } = parseArgs({ options: { papers: { type: "string", default: "40000" }, file: { type: "string" } } });
  const count = Number(values.papers);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--papers must be a positive integer, got ${values.papers}`);
  const file = listingsFile(values.file, "tests/fixtures/facts-eval.jsonl");
  const papers = readListings(file).map(({ title, abstract, comment }) => ({ title, abstract, comment }));
  const input = Array.from({ length: count }, (_, i) => papers[i % papers.length]);
  for (const paper of input.slice(0, 1_000)) extractFacts(paper); // warm up the JIT
  let facts = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const paper of input) facts += extractFacts(paper).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time of this process too: on a shared machine the wall clock also counts other work's turns.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`extractor ${FACTS_VERSION}: ${count.toLocaleString("en")} abstracts from ${file}, ${facts.toLocaleString("en")} facts`);
  console.log(`${Math.round(count / seconds).toLocaleString("en")} abstracts/s (${seconds.toFixed(2)} s, goal 5,000); ${Math.round(count / cpuSeconds).toLocaleString("en")} abstracts per CPU second (${cpuSeconds.toFixed(2)} s of CPU)`);
});
