import { NO_RATE_LIMIT } from "@/lib/ingest/rate-limit";
import { runIngest } from "@/lib/ingest/run-ingest";
import { arxivApiSource } from "@/lib/ingest/sources/arxiv-api";
import { arxivRssSource } from "@/lib/ingest/sources/arxiv-rss";
import { hfDailySource } from "@/lib/ingest/sources/hf-daily";
import { newTokenSecret } from "@/lib/subscriptions/subscribe";
import { db } from "@/tests/helpers/db";
import { afterAll, beforeAll } from "vitest";
import { startFeedServer } from "@/tests/helpers/feed-server";

// A real paper's life as the recorded feeds tell it (tests/fixtures/feeds/watch-*, see the
// fixtures README): MoBiLE (arXiv 2510.12357) listed as v1, replaced by v2, given a code link by
// Hugging Face, then a journal reference by the arXiv API.
export const WATCHED = "2510.12357";
export const UNWATCHED = "2510.13334";
const fetchOptions = { limiter: NO_RATE_LIMIT, backoffMs: 5, retries: 1, timeoutMs: 2_000 };
const quiet = () => {};

type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

export function watchFeeds(server: FeedServer, now = new Date("2025-10-22T12:00:00Z")) {
  const ingest = (source: Parameters<typeof runIngest>[0]["sources"][number]) => runIngest({ db, sources: [source], now, log: quiet });
  const rss = (file: string) => {
    server.on("/rss/cs.CL", { file });
    return ingest(arxivRssSource({ baseUrl: `${server.url}/rss`, categories: ["cs.CL"], fetch: fetchOptions }));
  };
  return {
    v1: () => rss("watch-rss-v1.xml"),
    v2: () => rss("watch-rss-v2.xml"),
    codeLink: () => {
      server.on("/hf", { file: "watch-hf-daily.json", contentType: "application/json" });
      return ingest(hfDailySource({ periods: [{ date: "2025-10-22" }], baseUrl: `${server.url}/hf`, fetch: fetchOptions }));
    },
    journalRef: () => {
      server.on("/api/query", { file: "watch-arxiv-api.xml" });
      return ingest(arxivApiSource({ mode: { kind: "hydrate", ids: [WATCHED] }, baseUrl: `${server.url}/api/query`, fetch: fetchOptions }));
    },
  };
}

/** A feed server for the enclosing test file, and the feeds above on it (ready inside tests). */
export function useWatchFeeds() {
  const suite = {} as ReturnType<typeof watchFeeds>;
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
    Object.assign(suite, watchFeeds(server));
  });
  afterAll(() => server.close());
  return suite;
}

export async function activeSubscriber(email: string, cadence: "daily" | "weekly" | "alerts", techniques: string[] = ["moe"]) {
  return db.subscriber.create({ data: { email, status: "active", cadence, techniques, tokenSecret: newTokenSecret(), confirmedAt: new Date() } });
}

export async function watch(subscriberId: string, arxivId = WATCHED, createdAt = new Date()) {
  const paper = await db.paper.findUniqueOrThrow({ where: { arxivId } });
  return db.watch.create({ data: { subscriberId, paperId: paper.id, createdAt } });
}
