// npm run bench:digest [-- --papers 1000000 --subscribers 10000]: time, messages/s and peak RSS of
// one weekly digest run for N confirmed subscribers over M papers, through real SMTP (an
// in-process smtp-server sink), on a throwaway embedded PostgreSQL.
import { parseArgs } from "node:util";
import { createDb } from "@/lib/platform/database";
import { runDigest } from "@/lib/digest/run-digest";
import { createMailTransport } from "@/lib/mail/transport";
import { prepareDatabase } from "@/scripts/lib/postgres/prepare-database";
import { startThrowawayPostgres } from "@/scripts/lib/postgres/throwaway";
import { generatePapers } from "@/scripts/lib/generate-papers";
import { runCli } from "@/scripts/run-cli";
import { startSmtpServer } from "@/tests/helpers/smtp";

const { values } = parseArgs({ options: { papers: { type: "string", default: "1000000" }, subscribers: { type: "string", default: "10000" } } });

await runCli(async () => {
  const papers = Number(values.papers);
  const subscribers = Number(values.subscribers);
  const postgres = await startThrowawayPostgres({ name: "bench-digest", database: "bench", log: (line) => console.log(line) });
  const smtp = await startSmtpServer({ keep: false });
  const db = createDb(postgres.url, { max: 10 });
  // The sink is local: lift the send rate cap (MAIL_RATE_PER_SECOND protects real SMTP relays).
  const transport = createMailTransport(smtp.url, undefined, 100_000);
  const now = new Date();
  try {
    await prepareDatabase(postgres.url, { seed: false });
    let t = Date.now();
    await generatePapers(postgres.url, papers, now, (line) => console.log(`  ${line}`));
    console.log(`${papers.toLocaleString("en")} papers generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    const combos = [["moe"], ["quantization"], ["moe", "kv-cache"], ["pruning", "quantization"], ["distillation"], ["low-rank", "moe", "quantization"], ["kv-cache"], ["moe", "quantization", "pruning", "kv-cache", "distillation", "low-rank"]];
    await db.$executeRaw`
      INSERT INTO "Subscriber" ("id", "email", "status", "techniques", "cadence", "tokenSecret", "confirmedAt", "updatedAt")
      SELECT gen_random_uuid()::text, 'reader' || i || '@example.org', 'active',
        ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(combos)}::jsonb -> (i % ${combos.length}))), 'weekly', md5(i::text), now(), now()
      FROM generate_series(1, ${subscribers}) AS i`;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    t = Date.now();
    const result = await runDigest({ db, databaseUrl: postgres.url, transport, cadence: "weekly", now, concurrency: 16 });
    const seconds = (Date.now() - t) / 1000;
    clearInterval(sampler);
    console.log(JSON.stringify(result));
    console.log(`${result.sent.toLocaleString("en")} digests in ${seconds.toFixed(1)} s: ${Math.round(result.sent / seconds)} messages/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB, ${smtp.received()} received by the SMTP sink`);
  } finally {
    transport.close?.();
    await db.$disconnect();
    await smtp.close();
    await postgres.stop();
  }
});
