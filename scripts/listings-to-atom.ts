// Writes real arXiv listings as an arXiv API Atom feed, so `npm run ingest -- --file` can load a
// real week with no network: `npm run listings:atom -- --from 2025-10-13 --to 2025-10-19 --out week.xml`
// (`--out`, because `npm run` prints its own banner on stdout).
// Reads ../shared/data/arxiv-listings-2025.jsonl.gz (or --file); each paper is published on its listing day.
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { LISTINGS_FILE, readListings } from "@/scripts/lib/listings";
import { runCli } from "@/scripts/run-cli";

const ListingSchema = z.object({
  id: z.string(),
  listed: z.iso.date(),
  title: z.string(),
  abstract: z.string(),
  authors: z.array(z.string()),
  categories: z.array(z.string()),
  comment: z.string().nullish(),
});
const ArgsSchema = z.object({ from: z.iso.date(), to: z.iso.date(), file: z.string().default(LISTINGS_FILE), out: z.string().optional() });

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

await runCli(async () => {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, file: { type: "string" }, out: { type: "string" } } });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`usage: --from YYYY-MM-DD --to YYYY-MM-DD [--file listings.jsonl.gz] [--out week.xml] (${parsed.error.issues[0].message})`);
  const { from, to, file, out: outFile } = parsed.data;
  if (!existsSync(file)) throw new Error(`${file} does not exist: pass the listings with --file PATH`);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">'];
  let count = 0;
  for (const raw of readListings(file)) {
    const listing = ListingSchema.parse(raw);
    if (listing.listed < from || listing.listed > to) continue;
    count++;
    const at = `${listing.listed}T00:00:00Z`;
    out.push(
      "<entry>",
      `<id>http://arxiv.org/abs/${xml(listing.id)}v1</id>`,
      `<published>${at}</published><updated>${at}</updated>`,
      `<title>${xml(listing.title)}</title>`,
      `<summary>${xml(listing.abstract)}</summary>`,
      ...listing.authors.map((name) => `<author><name>${xml(name)}</name></author>`),
      listing.comment ? `<arxiv:comment>${xml(listing.comment)}</arxiv:comment>` : "",
      listing.categories[0] ? `<arxiv:primary_category term="${xml(listing.categories[0])}"/>` : "",
      ...listing.categories.map((c) => `<category term="${xml(c)}"/>`),
      "</entry>",
    );
  }
  out.push("</feed>");
  if (outFile) writeFileSync(outFile, `${out.join("\n")}\n`);
  else process.stdout.write(`${out.join("\n")}\n`);
  console.error(`${count} listings from ${from} to ${to}`);
});
