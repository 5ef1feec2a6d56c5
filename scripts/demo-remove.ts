// npm run demo:remove: delete the bundled demo papers (and their tags and votes); real papers stay.
import { removeDemoPapers } from "@/lib/demo/seed-demo-papers";
import { withDatabase } from "@/scripts/lib/with-database";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const removed = await withDatabase(({ db }) => removeDemoPapers(db), { max: 1 });
  console.log(`Removed ${removed} demo papers.`);
}, { exit: true });
