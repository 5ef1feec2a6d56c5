// Extracts reported figures from JSON Lines on stdin: `npm run facts < papers.jsonl > facts.jsonl`.
// Exits 1 when any line was bad; the other lines are still read.
import { factsLines } from "@/lib/facts/facts-lines";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { failed } = await factsLines({ input: process.stdin, output: process.stdout, errors: process.stderr });
  if (failed > 0) process.exitCode = 1;
});
