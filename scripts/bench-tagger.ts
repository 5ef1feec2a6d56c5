// Tagging throughput on one core: `npm run bench:tagger [-- --pairs 100000] [--file listings.jsonl.gz]`.
// Pairs are real arXiv listings (../shared/data/arxiv-listings-2025.jsonl.gz: the stream the
// tagger meets, mostly papers of other fields), repeated in order up to --pairs; without that file,
// the labelled stream sample in tests/fixtures (real papers, but a third of them of the field).
import { parseArgs } from "node:util";
import { confidentTags, tagPaper } from "@/lib/tagging/tag-paper";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { listingsFile, readListings } from "@/scripts/lib/listings";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { values } = parseArgs({ options: { pairs: { type: "string", default: "100000" }, file: { type: "string" } } });
  const count = Number(values.pairs);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--pairs must be a positive integer, got ${values.pairs}`);
  const file = listingsFile(values.file, "tests/fixtures/tagger-stream.jsonl");
  // Ingest cleans whitespace before it tags (lib/ingest/normalize.ts); listings keep arXiv's line breaks.
  const papers = readListings(file).map(({ title, abstract }) => ({ title: title.replace(/\s+/g, " ").trim(), abstract: abstract.replace(/\s+/g, " ").trim() }));
  const pairs = Array.from({ length: count }, (_, i) => papers[i % papers.length]);
  const chars = pairs.reduce((sum, p) => sum + p.title.length + p.abstract.length, 0);

  for (const pair of pairs.slice(0, 2_000)) tagPaper(pair); // warm up the JIT
  let tags = 0;
  let listed = 0;
  const start = process.hrtime.bigint();
  for (const pair of pairs) {
    const found = tagPaper(pair);
    tags += found.length;
    listed += confidentTags(found).length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  console.log(`tagger ${TAGGER_VERSION}: ${count.toLocaleString("en")} pairs from ${file}, mean ${Math.round(chars / count)} chars`);
  console.log(`${tags.toLocaleString("en")} tags (${listed.toLocaleString("en")} above the bar)`);
  console.log(`${Math.round(count / seconds).toLocaleString("en")} pairs/s (${seconds.toFixed(2)} s, ${(chars / seconds / 1e6).toFixed(1)} MB/s)`);
});
