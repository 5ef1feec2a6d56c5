import type { Db } from "@/lib/platform/database";
import type { Conditional } from "@/lib/ingest/fetch-feed";
import type { ItemResult, SourceId } from "@/lib/ingest/schemas";

/** What runIngest hands an adapter for one run. */
export type SourceContext = {
  db: Db;
  now: Date;
  /** Validators of the last successful fetch, for If-None-Match / If-Modified-Since. */
  conditional: Conditional;
  /** Stored only when the run succeeds, so a failed parse is fetched in full next time. */
  saveConditional: (conditional: Conditional) => void;
  log: (line: string) => void;
  onProgress?: (done: number, total: number | null) => void;
};

/**
 * One listing behind one interface. `read` yields every item as a PaperInput or a rejection
 * with its reason, and throws only when the source as a whole failed (HTTP, unparseable feed).
 */
export type IngestAdapter = {
  id: SourceId;
  /** /status flags a weekday silence longer than this. */
  expectedEveryHours: number;
  read: (context: SourceContext) => AsyncIterable<ItemResult>;
};

export class FeedError extends Error {}

/** An HTML page (a proxy's or CDN's error page) served with 200 is a failed fetch, not an empty feed. */
export function assertNotHtml(body: string, what: string) {
  if (/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(body.slice(0, 1_000))) throw new FeedError(`${what}: received an HTML page instead of a feed`);
}
