import { z } from "zod";
import { factSchema } from "@/lib/facts/fact";

// The JSON bodies of the public API as zod, named in one registry: the OpenAPI document turns
// them into components, and the tests hold real responses against that document. The builders
// that produce these bodies live in lib/papers and lib/subscriptions; a shape changed there and
// not here fails tests/lib/api.

const technique = z.string().describe("A technique slug, e.g. `moe` or `quantization` (the list is at /about/ranking).");
const techniqueScoreSchema = z.object({
  slug: technique,
  score: z.number().describe("The classifier's probability that the technique is central to the paper."),
});

export const apiErrorSchema = z.object({ error: z.string().describe("`<parameter>: <reason>`, or what went wrong.") });

export const apiPaperSchema = z.object({
  arxivId: z.string().describe("Without version, e.g. `2501.01234` (old-style ids contain a slash: `hep-th/9901001`)."),
  title: z.string(),
  authors: z.array(z.string()),
  abstract: z.string(),
  publishedAt: z.iso.datetime().describe("First version on arXiv (UTC)."),
  // `topics`, `possibleTopics`: the public names of a paper's techniques (API clients rely on them).
  topics: z.array(techniqueScoreSchema).describe("Techniques the paper is listed under, highest score first (the public name of techniques)."),
  votes: z.number().int().min(0).describe("Upvotes on this site."),
  externalUpvotes: z.number().int().min(0).describe("Upvotes on Hugging Face Daily Papers."),
  isDemo: z.boolean().describe("One of the bundled demo papers."),
  links: z.object({
    abs: z.string().nullable(),
    pdf: z.string().nullable(),
    code: z.array(z.string()),
    page: z.string().describe("This paper's page on the site, a path."),
  }),
  facts: z.array(factSchema).describe("What the abstract reports, each with the phrase that states it (reported by the authors)."),
});

export const paperListSchema = z.object({
  papers: z.array(apiPaperSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` with the same filters for the next page; null at the end."),
});

export const paperDetailSchema = apiPaperSchema.extend({
  possibleTopics: z
    .array(techniqueScoreSchema.extend({ evidence: z.array(z.string()) }))
    .describe("Tentative techniques, below their bar: shown as 'possibly', never listed in a view."),
  categories: z.array(z.string()),
  primaryCategory: z.string().nullable(),
  version: z.number().int().min(1).describe("The latest arXiv version held."),
  evidence: z.record(z.string(), z.array(z.string())).describe("For each listed technique, the phrases that fired."),
});

export const subscribeAcceptedSchema = z.object({ status: z.literal("pending"), message: z.string() });
export const unsubscribedSchema = z.object({ status: z.literal("unsubscribed") });

const counts = { fetched: z.number().int(), created: z.number().int(), updated: z.number().int(), skipped: z.number().int(), failed: z.number().int() };
export const ingestResultSchema = z.object({
  ...counts,
  sources: z.array(z.object({ source: z.string(), status: z.enum(["succeeded", "failed", "busy"]), firstError: z.string().nullable() })),
});

export const digestResultSchema = z.object({
  period: z.string(),
  sent: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  deferred: z.number().int().describe("Refused for now by the mail server; retried by the worker."),
  alreadyDone: z.number().int().describe("Claimed by an earlier run of the period."),
  pending: z.number().int(),
  nextAttemptAt: z.iso.datetime().nullable(),
  busy: z.boolean().optional().describe("Another run holds the period."),
});

export const retryResultSchema = z.object({
  digests: z.number().int().describe("Periods whose due deliveries this sweep sent."),
  busy: z.number().int().describe("Periods held by a run or sweep still alive."),
  sent: z.number().int(),
  deferred: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  pending: z.number().int().describe("Deliveries of every period still waiting for a retry."),
  nextAttemptAt: z.iso.datetime().nullable(),
});

export const watchRequestAcceptedSchema = z.object({ status: z.literal("pending"), message: z.string() });
export const watchListSchema = z.object({
  cadence: z.enum(["daily", "weekly", "alerts"]).describe("Where changes are reported: the daily or weekly digest, or hourly alerts (no digest)."),
  watches: z.array(z.object({ arxivId: z.string(), title: z.string(), version: z.number().int().min(1).describe("The latest arXiv version held."), since: z.iso.datetime() })),
});
export const watchStateSchema = z.object({ arxivId: z.string(), title: z.string(), watching: z.boolean() });

/** Every named body, by component name. */
export const API_SCHEMAS = {
  Error: apiErrorSchema,
  Fact: factSchema,
  Paper: apiPaperSchema,
  PaperList: paperListSchema,
  PaperDetail: paperDetailSchema,
  SubscribeAccepted: subscribeAcceptedSchema,
  Unsubscribed: unsubscribedSchema,
  IngestResult: ingestResultSchema,
  DigestResult: digestResultSchema,
  RetryResult: retryResultSchema,
  WatchRequestAccepted: watchRequestAcceptedSchema,
  WatchList: watchListSchema,
  WatchState: watchStateSchema,
};
export type ApiSchemaName = keyof typeof API_SCHEMAS;
