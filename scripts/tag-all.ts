// npm run tag:all: brings every paper's tags and facts to the current tagger and extractor
// (what the worker's "retag" and "facts" jobs do at start and nightly), on DATABASE_URL or the embedded database.
import { FACTS_VERSION } from "@/lib/facts/extract-facts";
import { refreshFacts } from "@/lib/facts/refresh-facts";
import { retagPapers } from "@/lib/tagging/retag-papers";
import { TAGGER_VERSION } from "@/lib/tagging/compile-taxonomy";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const log = (line: string) => console.log(line);
  await withDatabase(async ({ db }) => {
    const started = Date.now();
    const { checked, retagged } = await retagPapers({ db });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`tag:all (${TAGGER_VERSION}): checked ${checked} papers without current tags, retagged ${retagged} in ${seconds} s`);
    const facts = await refreshFacts({ db });
    console.log(`tag:all (${FACTS_VERSION}): read the facts of ${facts.updated} papers`);
  }, { log, max: 2 });
}, { exit: true });
