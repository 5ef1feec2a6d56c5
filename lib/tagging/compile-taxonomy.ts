import { createHash } from "node:crypto";
import { z } from "zod";
import { matchPrefixes } from "./match-prefixes";
import weightsJson from "./classifier-weights.json";
import taxonomyJson from "./techniques.json";

export { TECHNIQUES, TECHNIQUE_SLUGS, isTechniqueSlug, techniqueLabel } from "./technique-labels";
export type { Technique, TechniqueSlug } from "./technique-labels";

// Bump when tag-paper.ts scores differently, so stored tags are recomputed even if the data did not change.
const SCORER_REVISION = 2;

const patternSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      // The matcher finds the firing signal by its group number, so patterns must not add groups.
      if (new RegExp(`(?:${source})|`).exec("")!.length !== 1) {
        ctx.addIssue({ code: "custom", message: `use (?:…) instead of capturing groups: ${source}` });
      }
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `invalid regex ${source}: ${(error as Error).message}` });
    }
  });

const trapSchema = z.object({ why: z.string().min(1), pattern: patternSchema });
const signalSchema = z
  .object({
    why: z.string().optional(),
    pattern: patternSchema,
    // A negative weight is a context that argues against the technique ("dataset distillation").
    weight: z.number().finite(),
    // Support signals ("router", "sparsity") only add to a technique that already has a real signal.
    support: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    // Also fires inside a longer word (DeepSeekMoE, SnapKV); the evidence is the whole word.
    inWords: z.boolean().optional(),
    // Extra credit for other techniques when one phrase names two ("expert pruning", "KVQuant").
    also: z.record(z.string(), z.number().finite()).optional(),
    // Ambiguous phrases ("sparse training", "cache eviction") that mean something else in an MoE paper.
    yieldTo: z.array(z.string()).optional(),
  })
  .refine((signal) => !signal.inWords || signal.caseSensitive, "inWords signals must be caseSensitive");
const techniqueSchema = z.object({
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  description: z.string().min(1),
  traps: z.array(trapSchema).default([]),
  signals: z.array(signalSchema).min(1),
});

export const taxonomySchema = z
  .object({
    scoring: z.object({
      titleWeight: z.number().positive(),
      halfScore: z.number().positive(),
      threshold: z.number().min(0).max(1),
      maxRepeats: z.number().int().positive(),
      maxEvidence: z.number().int().positive(),
    }),
    traps: z.array(trapSchema).default([]),
    techniques: z.array(techniqueSchema).min(1),
  })
  .superRefine((taxonomy, ctx) => {
    const slugs = taxonomy.techniques.map((t) => t.slug);
    if (new Set(slugs).size !== slugs.length) ctx.addIssue({ code: "custom", message: "duplicate technique slug" });
    for (const technique of taxonomy.techniques) {
      for (const signal of technique.signals) {
        for (const slug of [...Object.keys(signal.also ?? {}), ...(signal.yieldTo ?? [])]) {
          if (!slugs.includes(slug)) ctx.addIssue({ code: "custom", message: `unknown slug in also/yieldTo: ${slug}` });
        }
      }
    }
  });

export type Taxonomy = z.infer<typeof taxonomySchema>;

/** A trap or signal; a trap (technique -1) has no credits and only hides the text it covers. */
export type CompiledEntry = {
  technique: number;
  weight: number;
  support: boolean;
  also: ReadonlyArray<readonly [technique: number, weight: number]>;
  yieldTo: readonly number[];
  verify: RegExp | null;
  /** This entry alone, sticky, for the rare retry after a case-sensitive entry is seen in the wrong case. */
  sticky: RegExp;
};

/** The entries that can start with one 3-character key, in priority order, as one sticky regex. */
export type Bucket = { matcher: RegExp; entries: readonly number[] };

export type CompiledTaxonomy = {
  slugs: readonly string[];
  scoring: Taxonomy["scoring"];
  entries: readonly CompiledEntry[];
  buckets: readonly Bucket[];
  /** Bucket index by key code (see keyCode), or -1 where nothing can start. */
  bucketByKey: Int32Array;
  /** Signals that also fire inside longer words, found by one case-sensitive pass. */
  inWords: { matcher: RegExp; entries: readonly number[] } | null;
};

export const KEY_SYMBOLS = 37; // a–z, 0–9, and one symbol for everything else
const TRAP = { technique: -1, weight: 0, support: false, also: [], yieldTo: [] } as const;
const END = "(?![A-Za-z0-9])";

/**
 * Compiles the taxonomy for a scan that visits each word start once. Matches never overlap and
 * the leftmost wins, so a trap hides the keyword inside it; at one position the earlier entry
 * wins: shared traps first, then each technique's traps and signals in file order. Each word
 * start only tries the entries whose first three characters can match there (see
 * match-prefixes.ts), which keeps the cost flat as the taxonomy grows.
 */
export function compileTaxonomy(input: unknown): CompiledTaxonomy {
  const taxonomy = taxonomySchema.parse(input);
  const slugs = taxonomy.techniques.map((t) => t.slug);
  const sources: string[] = [];
  const entries: CompiledEntry[] = [];
  const inWordEntries: number[] = [];
  const add = (source: string, entry: Omit<CompiledEntry, "sticky" | "verify">, caseSensitive = false) => {
    sources.push(source);
    entries.push({
      ...entry,
      verify: caseSensitive ? new RegExp(`^(?:${source})$`) : null,
      sticky: new RegExp(`(?:${source})${END}`, "iy"),
    });
  };
  for (const trap of taxonomy.traps) add(trap.pattern, TRAP);
  taxonomy.techniques.forEach((technique, index) => {
    for (const trap of technique.traps) add(trap.pattern, TRAP);
    for (const signal of technique.signals) {
      if (signal.inWords) inWordEntries.push(entries.length);
      add(
        signal.pattern,
        {
          technique: index,
          weight: signal.weight,
          support: signal.support ?? false,
          also: Object.entries(signal.also ?? {}).map(([slug, weight]) => [slugs.indexOf(slug), weight] as const),
          yieldTo: (signal.yieldTo ?? []).map((slug) => slugs.indexOf(slug)),
        },
        signal.caseSensitive,
      );
    }
  });

  const keyCount = KEY_SYMBOLS ** 3;
  const perKey: number[][] = Array.from({ length: keyCount }, () => []);
  sources.forEach((source, entry) => {
    const prefixes = matchPrefixes(source);
    if (prefixes === null) for (const list of perKey) list.push(entry); // correct, just slower
    else for (const prefix of prefixes) perKey[keyCode(prefix)].push(entry);
  });
  const buckets: Bucket[] = [];
  const bucketBySignature = new Map<string, number>();
  const bucketByKey = new Int32Array(keyCount).fill(-1);
  perKey.forEach((list, key) => {
    if (list.length === 0) return;
    const signature = list.join(",");
    let bucket = bucketBySignature.get(signature);
    if (bucket === undefined) {
      bucket = buckets.push({ matcher: new RegExp(`(?:${list.map((e) => `(${sources[e]})`).join("|")})${END}`, "iy"), entries: list }) - 1;
      bucketBySignature.set(signature, bucket);
    }
    bucketByKey[key] = bucket;
  });
  const inWords = inWordEntries.length
    ? { matcher: new RegExp(inWordEntries.map((e) => `(${sources[e]})`).join("|"), "g"), entries: inWordEntries }
    : null;
  return { slugs, scoring: taxonomy.scoring, entries, buckets, bucketByKey, inWords };
}

/** The symbol of a character code: 0–25 letters, 26–35 digits, 36 anything else (NaN too). */
export function keySymbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  return 36;
}

function keyCode(prefix: string): number {
  let code = 0;
  for (let i = 0; i < 3; i++) code = code * KEY_SYMBOLS + keySymbol(prefix.charCodeAt(i));
  return code;
}

export const TAXONOMY = compileTaxonomy(taxonomyJson);

/** `t1-` and 12 hex digits of a hash of the taxonomy, the classifier's weights and the scorer revision. */
export function taggerVersion(taxonomy: unknown, weights: unknown = weightsJson): string {
  const digest = createHash("sha256").update(`${SCORER_REVISION}\n${JSON.stringify(taxonomy)}\n${JSON.stringify(weights)}`).digest("hex");
  return `t1-${digest.slice(0, 12)}`;
}

/** Stored with every tag; changes whenever techniques.json, classifier-weights.json or the scorer changes. */
export const TAGGER_VERSION = taggerVersion(taxonomyJson);
