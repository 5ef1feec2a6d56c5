import { z } from "zod";
import { settings } from "@/lib/platform/settings";
import { parseArxivId } from "@/lib/ingest/arxiv-id";
import { fetchFeed, type FetchOptions } from "@/lib/ingest/fetch-feed";
import { cleanOptional, cleanText, extractCodeUrls, isGithubUrl, parseDate } from "@/lib/ingest/normalize";
import { createRateLimiter } from "@/lib/ingest/rate-limit";
import { toItemResult, type ItemResult } from "@/lib/ingest/schemas";
import { assertNotHtml, FeedError, type IngestAdapter } from "@/lib/ingest/source";

// Hugging Face states no limit; one request a second is polite enough for a few dates an hour.
const hfRateLimiter = createRateLimiter(1_000);

/** A listing key: a day (2026-11-28), an ISO week (2026-W48) or a month (2026-11). */
export type HfPeriod = { date: string } | { week: string } | { month: string };

const loose = <T extends z.ZodType>(schema: T) => schema.optional().nullable().catch(undefined);
const HfPaperSchema = z.object({
  id: loose(z.string()),
  title: loose(z.string()),
  summary: loose(z.string()),
  publishedAt: loose(z.string()),
  authors: loose(z.array(z.object({ name: loose(z.string()) }).passthrough())),
  upvotes: loose(z.number()),
  githubRepo: loose(z.string()),
  githubStars: loose(z.number()),
  projectPage: loose(z.string()),
  ai_keywords: loose(z.array(z.string())),
});
type HfPaper = z.infer<typeof HfPaperSchema>;
// The API nests the paper under `paper` and repeats some fields at the top level; a field may
// be missing at either place, so `paper.*` is read first and the top level fills the gaps.
const HfItemSchema = HfPaperSchema.extend({ paper: loose(HfPaperSchema) });

export function hfDailySource(options: { periods?: HfPeriod[]; baseUrl?: string; fetch?: FetchOptions } = {}): IngestAdapter {
  const base = options.baseUrl ?? settings().HF_API_URL;
  return {
    id: "hf-daily",
    expectedEveryHours: 26,
    async *read(context) {
      // Today's list grows all day and yesterday's upvotes keep moving: refresh both by default.
      const periods = options.periods ?? [0, 1].map((d) => ({ date: new Date(context.now.getTime() - d * 86_400_000).toISOString().slice(0, 10) }));
      for (const [index, period] of periods.entries()) {
        const result = await fetchFeed(`${base}?${new URLSearchParams(period)}`, { limiter: hfRateLimiter, accept: "application/json", ...options.fetch });
        if (result.status === "ok") yield* parseHfDaily(result.body, context.now);
        context.onProgress?.(index + 1, periods.length);
      }
    },
  };
}

export function parseHfDaily(body: string, now: Date): ItemResult[] {
  assertNotHtml(body, "hf-daily");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new FeedError(`hf-daily: not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(json)) throw new FeedError("hf-daily: expected a JSON array of papers");
  return json.map((raw, index) => {
    const parsed = HfItemSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, ref: `item ${index + 1}`, reason: "not an object" };
    return toPaperResult(parsed.data, index, now);
  });
}

function toPaperResult(item: z.infer<typeof HfItemSchema>, index: number, now: Date): ItemResult {
  const pick = <K extends keyof HfPaper>(key: K): HfPaper[K] => item.paper?.[key] ?? item[key];
  const parsedId = parseArxivId(pick("id"));
  if (!parsedId) return { ok: false, ref: pick("id") ?? `item ${index + 1}`, reason: "no arXiv id" };
  const abstract = cleanText(pick("summary"));
  const githubRepo = cleanOptional(pick("githubRepo"));
  const projectPage = cleanOptional(pick("projectPage"));
  const githubUrl = githubRepo && isGithubUrl(githubRepo) ? githubRepo.replace(/\/+$/, "") : null;
  return toItemResult(
    {
      arxivId: parsedId.id,
      version: parsedId.version,
      title: cleanText(pick("title")),
      abstract,
      authors: (pick("authors") ?? []).map((a) => cleanText(a.name)).filter(Boolean),
      primaryCategory: null,
      categories: [],
      publishedAt: parseDate(pick("publishedAt")),
      revisedAt: null,
      absUrl: `https://arxiv.org/abs/${parsedId.id}`,
      pdfUrl: `https://arxiv.org/pdf/${parsedId.id}`,
      codeUrls: extractCodeUrls(abstract, githubRepo),
      projectUrl: projectPage && /^https?:\/\//i.test(projectPage) ? projectPage : null,
      comments: null,
      doi: null,
      journalRef: null,
      signal: {
        source: "hf-daily",
        upvotes: Math.max(0, Math.round(pick("upvotes") ?? 0)),
        githubUrl,
        githubStars: typeof pick("githubStars") === "number" ? Math.max(0, Math.round(pick("githubStars")!)) : null,
        keywords: (pick("ai_keywords") ?? []).map(cleanText).filter(Boolean),
      },
    },
    parsedId.id,
    now,
  );
}
