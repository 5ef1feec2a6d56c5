// Tags papers from JSON Lines on stdin: `npm run tag < papers.jsonl > tags.jsonl`.
// Exits 1 when any line was bad; the other lines are still tagged.
import { tagLines } from "@/lib/tagging/tag-lines";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const { failed } = await tagLines({ input: process.stdin, output: process.stdout, errors: process.stderr });
  if (failed > 0) process.exitCode = 1;
});
