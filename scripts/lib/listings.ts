// Real arXiv listings for benchmarks and dev tools: ../shared/data/arxiv-listings-2025.jsonl.gz
// (40,703 listings of 2025) when it is there, else a fixture of the same shape.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export const LISTINGS_FILE = "../shared/data/arxiv-listings-2025.jsonl.gz";

export type Listing = { id?: string; listed?: string; title: string; abstract: string; comment?: string | null };

/** Which file to read: the one asked for, the shared listings, or the fallback fixture. */
export const listingsFile = (asked: string | undefined, fallback: string) => asked ?? (existsSync(LISTINGS_FILE) ? LISTINGS_FILE : fallback);

/** The JSON Lines of a (gzipped) listings file, parsed. */
export function readListings(file: string): Listing[] {
  const raw = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Listing);
}
