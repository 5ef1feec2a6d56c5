// npm run demo:remove: delete the bundled demo papers (and their tags and votes); real papers stay.
import { createDb } from "@/lib/db";
import { removeDemoPapers } from "@/lib/demo/seed-demo-papers";
import { openDatabase } from "@/lib/postgres/open-database";
import { runCli } from "@/scripts/run-cli";

await runCli(async () => {
  const database = await openDatabase();
  const db = createDb(database.url, { max: 1 });
  try {
    console.log(`Removed ${await removeDemoPapers(db)} demo papers.`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
});
