// Tagging throughput on one core: `npm run bench:tagger [-- --pairs 100000]`.
// Pairs are synthetic but realistic: titles and ~1,000-character abstracts recombined from the
// sentences of the labelled set, with a fixed seed so runs compare.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseEvalSet } from "@/lib/tagging/evaluate";
import { tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/techniques";
import { runCli } from "@/scripts/run-cli";
import { seededRandom } from "@/scripts/lib/seeded-random";

const ABSTRACT_CHARS = 1_000;

await runCli(async () => {
  const { values } = parseArgs({
    options: { pairs: { type: "string", default: "100000" }, file: { type: "string", default: "tests/fixtures/tagger-eval.jsonl" } },
  });
  const count = Number(values.pairs);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--pairs must be a positive integer, got ${values.pairs}`);

  const papers = parseEvalSet(readFileSync(values.file, "utf8"));
  const titles = papers.map((p) => p.title);
  const sentences = papers.flatMap((p) => p.abstract.split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const pairs = Array.from({ length: count }, () => {
    let abstract = "";
    while (abstract.length < ABSTRACT_CHARS) abstract += `${pick(sentences)} `;
    return { title: pick(titles), abstract: abstract.trim() };
  });
  const chars = pairs.reduce((sum, p) => sum + p.title.length + p.abstract.length, 0);

  for (const pair of pairs.slice(0, 2_000)) tagPaper(pair); // warm up the JIT
  let tags = 0;
  const start = process.hrtime.bigint();
  for (const pair of pairs) tags += tagPaper(pair).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  console.log(`tagger ${TAGGER_VERSION}: ${count.toLocaleString("en")} pairs, mean ${Math.round(chars / count)} chars, ${tags.toLocaleString("en")} tags`);
  console.log(`${Math.round(count / seconds).toLocaleString("en")} pairs/s (${seconds.toFixed(2)} s, ${(chars / seconds / 1e6).toFixed(1)} MB/s)`);
});

