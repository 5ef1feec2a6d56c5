import { z } from "zod";
import { MAX_VERSION, parseArxivId } from "@/lib/ingest/arxiv-id";

export const SOURCE_IDS = ["arxiv-rss", "arxiv-api", "hf-daily"] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

// arXiv caps abstracts at 1,920 characters and titles far below these limits; anything longer
// is a broken feed, and PostgreSQL's tsvector (1 MB) would refuse it anyway.
export const MAX_TITLE_CHARS = 1_000;
export const MAX_ABSTRACT_CHARS = 20_000;
const MAX_TEXT_CHARS = 5_000;
// Feeds run a few hours ahead of UTC (arXiv announces at 20:00 US Eastern with the next date).
const FUTURE_TOLERANCE_MS = 36 * 3600_000;
const EARLIEST = Date.UTC(1991, 0, 1); // arXiv opened in August 1991

const url = z.url({ protocol: /^https?$/ }).max(2_000);
const text = (max: number) => z.string().max(max);

export const SignalInputSchema = z.object({
  source: z.enum(SOURCE_IDS),
  upvotes: z.number().int().min(0).max(1_000_000),
  githubUrl: url.nullable(),
  githubStars: z.number().int().min(0).nullable(),
  keywords: z.array(text(200)).max(100),
});

/**
 * One paper as every source must deliver it. `now` bounds dates: a timestamp in the future is
 * a broken feed, not a paper from tomorrow.
 */
export function paperInputSchema(now: Date) {
  const date = z.date().refine((d) => d.getTime() >= EARLIEST, "date before arXiv existed")
    .refine((d) => d.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS, "date in the future");
  return z.object({
    arxivId: z.string().refine((id) => parseArxivId(id)?.id === id, "not a bare arXiv id"),
    version: z.number().int().min(1).max(MAX_VERSION).nullable(),
    title: z.string().min(1, "missing title").max(MAX_TITLE_CHARS, "title too long"),
    abstract: z.string().max(MAX_ABSTRACT_CHARS, "abstract too long"),
    authors: z.array(text(500)).max(5_000),
    primaryCategory: text(50).nullable(),
    categories: z.array(text(50)).max(50),
    publishedAt: date,
    revisedAt: date.nullable(),
    absUrl: url.nullable(),
    pdfUrl: url.nullable(),
    codeUrls: z.array(url).max(50),
    projectUrl: url.nullable(),
    comments: text(MAX_TEXT_CHARS).nullable(),
    doi: text(500).nullable(),
    journalRef: text(MAX_TEXT_CHARS).nullable(),
    signal: SignalInputSchema.nullable(),
  });
}

export type PaperInput = z.infer<ReturnType<typeof paperInputSchema>>;
export type SignalInput = z.infer<typeof SignalInputSchema>;

/** What an adapter yields per item: a valid paper, or the reason it was rejected. */
export type ItemResult = { ok: true; paper: PaperInput } | { ok: false; ref: string; reason: string };

let cachedSchema: { now: Date; schema: ReturnType<typeof paperInputSchema> } | null = null;

/** Validates an adapter's candidate; zod's first issue becomes the logged reason. */
export function toItemResult(candidate: unknown, ref: string, now: Date): ItemResult {
  // Building the schema costs more than parsing one item: reuse it for the run's `now`.
  if (cachedSchema?.now !== now) cachedSchema = { now, schema: paperInputSchema(now) };
  const parsed = cachedSchema.schema.safeParse(candidate);
  if (parsed.success) return { ok: true, paper: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, ref, reason: `${issue.path.join(".") || "item"}: ${issue.message}` };
}
