import type { IngestAdapter } from "@/lib/ingest/source";
import { arxivApiSource } from "@/lib/ingest/sources/arxiv-api";
import { arxivRssSource } from "@/lib/ingest/sources/arxiv-rss";
import { hfDailySource } from "@/lib/ingest/sources/hf-daily";

/**
 * The hourly run: today's arXiv listing, then API hydration of what the listing brought in
 * (primary category, comments, DOI), then Hugging Face's daily upvotes.
 */
export function defaultSources(): IngestAdapter[] {
  return [arxivRssSource(), arxivApiSource({ mode: { kind: "hydrate" } }), hfDailySource()];
}
