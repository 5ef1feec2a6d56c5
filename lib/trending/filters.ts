import { z } from "zod";
import { AuthorKeySchema } from "@/lib/author-key";
import { isTechniqueSlug } from "@/lib/tagging/technique-labels";

// The one parser of view filters: the pages, the feeds and the JSON API read the same URL
// parameters the same way. Pages turn bad input into defaults; the API reports it (strict mode).

export const WINDOWS = [
  { slug: "day", label: "Today" },
  { slug: "week", label: "This week" },
  { slug: "month", label: "This month" },
  { slug: "all", label: "All time" },
  { slug: "new", label: "New" },
] as const;
export type Window = (typeof WINDOWS)[number]["slug"];
const WINDOW_SLUGS = WINDOWS.map((w) => w.slug) as [Window, ...Window[]];

export const PAGE_SIZE = 30;
export const MAX_PAGE = 50;
const MAX_QUERY = 300;

export type TrendingFilters = {
  window: Window;
  /** Anchor day (UTC, YYYY-MM-DD) of the window; null means the current one. */
  date: string | null;
  techniques: string[];
  category: string | null;
  hasCode: boolean;
  q: string | null;
  page: number;
  /**
   * `field=all`: every ingested paper. By default a view lists only papers of the field, those
   * carrying at least one technique: most of the arXiv categories we ingest are other research.
   */
  allPapers: boolean;
  /** Reported results: a bit-width bound (`bits=<=4`), a model or a baseline named in the abstract (substring). */
  bits: BitsFilter | null;
  model: string | null;
  baseline: string | null;
  /**
   * `exclude=distillation,diffusion,"survey"`: papers left out. A term naming a technique leaves out
   * that technique; any other term, or a quoted one, is a word or phrase of the title or abstract.
   */
  exclude: Exclusions;
  /** `author=geoffrey-hinton`: papers by one author, by key (lib/author-key.ts). */
  author: string | null;
};

export type Exclusions = { techniques: string[]; words: string[] };

export type BitsFilter = { op: "<=" | ">=" | "<" | ">" | "="; value: number };

export const DEFAULT_FILTERS: TrendingFilters = {
  window: "week", date: null, techniques: [], category: null, hasCode: false, q: null, page: 1, allPapers: false, bits: null, model: null, baseline: null,
  exclude: { techniques: [], words: [] },
  author: null,
};

/** Documented in lib/api/parameters.ts from these two, so the OpenAPI document cannot drift. */
export const BITS = /^(<=|>=|<|>|=)?\s*(\d{1,2}(?:\.\d{1,2})?)$/;
export const MAX_NAME = 60;
// Each term costs a condition on every row of the view: a few dozen at most, and short ones.
export const MAX_EXCLUDED = 20;
/** Up to MAX_EXCLUDED comma-separated terms of at most MAX_NAME characters (empty ones ignored). */
export const EXCLUDE = new RegExp(`^[^,\\u0000-\\u001f\\u007f]{0,${MAX_NAME}}(,[^,\\u0000-\\u001f\\u007f]{0,${MAX_NAME}}){0,${MAX_EXCLUDED - 1}}$`);

/** Shared with the digest's saved exclusions (Subscriber.excludes holds exclusionTerms' output). */
export function parseExclusions(raw: string): Exclusions {
  const techniques = new Set<string>();
  const words = new Set<string>();
  for (const term of raw.split(",").slice(0, MAX_EXCLUDED)) {
    const trimmed = term.trim().toLowerCase();
    const quoted = /^".*"$/.test(trimmed);
    // Quotes only mark a word; LIKE wildcards and control characters mean nothing in a phrase.
    const word = trimmed.replace(/[\u0000-\u001f\u007f"%_\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_NAME);
    if (!word) continue;
    if (!quoted && isTechniqueSlug(word)) techniques.add(word);
    else words.add(word);
  }
  return { techniques: [...techniques].sort(), words: [...words].sort() };
}

/** The terms of an exclusion list as `exclude=` writes them (a word that names a technique is quoted). */
export function exclusionTerms(exclude: Exclusions): string[] {
  return [...exclude.techniques, ...exclude.words.map((w) => (isTechniqueSlug(w) ? `"${w}"` : w))];
}

function parseBits(raw: string | undefined): BitsFilter | null {
  const match = raw?.trim().match(BITS);
  return match ? { op: (match[1] ?? "=") as BitsFilter["op"], value: Number(match[2]) } : null;
}
const cleanName = (raw: string | undefined) => {
  const name = (raw ?? "").replace(/[\u0000-\u001f\u007f%_\\]/g, " ").trim().slice(0, MAX_NAME);
  return name ? name : null;
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// PostgreSQL refuses NUL in text, and no control character belongs in a search.
const cleanQuery = (q: string) => q.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
const CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string) {
  if (!DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value) && time > Date.UTC(1990, 0, 1);
}

const StrictSchema = z.object({
  window: z.enum(WINDOW_SLUGS).default("week"),
  date: z.string().refine(validDate, "must be a date YYYY-MM-DD").optional(),
  // URL parameters by their public names: `topics` holds the techniques.
  topics: z
    .string()
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.every(isTechniqueSlug), "unknown technique; see /about/ranking for the list")
    .optional(),
  category: z.string().regex(CATEGORY, "must be an arXiv category like cs.LG").max(32).optional(),
  hasCode: z.enum(["1", "0", "true", "false"]).optional(),
  q: z.string().max(MAX_QUERY, `must be at most ${MAX_QUERY} characters`).optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).optional(),
  field: z.enum(["all", "techniques"], "must be all or techniques").optional(),
  bits: z.string().regex(BITS, "must be a bit-width with an optional comparison, like <=4").optional(),
  model: z.string().max(MAX_NAME, `must be at most ${MAX_NAME} characters`).optional(),
  baseline: z.string().max(MAX_NAME, `must be at most ${MAX_NAME} characters`).optional(),
  exclude: z.string().regex(EXCLUDE, `must be at most ${MAX_EXCLUDED} comma-separated terms of at most ${MAX_NAME} characters`).optional(),
  author: AuthorKeySchema.optional(),
});

type Params = Record<string, string | string[] | undefined>;

// `exclude` may repeat (the filter bar's form adds a term beside the current list): one list.
const excludeParam = (params: Params) => {
  const value = params.exclude;
  return Array.isArray(value) ? value.filter((v) => v !== "").join(",") : value;
};

/** For pages and feeds: anything unreadable falls back to its default, never an error. */
export function parseTrendingFilters(params: Params): TrendingFilters {
  const get = (key: string) => {
    const value = first(params[key]);
    return typeof value === "string" ? value : undefined;
  };
  const window = WINDOW_SLUGS.includes(get("window") as Window) ? (get("window") as Window) : DEFAULT_FILTERS.window;
  const date = get("date");
  const category = get("category");
  const page = Number(get("page"));
  const q = cleanQuery(get("q") ?? "").slice(0, MAX_QUERY);
  return {
    window,
    date: date && validDate(date) ? date : null,
    // `topics=`: the public name of the techniques filter in every URL, feed and the API.
    techniques: [...new Set((get("topics") ?? "").split(",").map((s) => s.trim()).filter(isTechniqueSlug))].sort(),
    category: category && CATEGORY.test(category) && category.length <= 32 ? category : null,
    hasCode: get("hasCode") === "1" || get("hasCode") === "true",
    q: q ? q : null,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    allPapers: get("field") === "all",
    bits: parseBits(get("bits")),
    model: cleanName(get("model")),
    baseline: cleanName(get("baseline")),
    // Cut before splitting: a 10 KB list costs nothing past its first terms.
    exclude: parseExclusions((excludeParam(params) ?? "").slice(0, MAX_EXCLUDED * (MAX_NAME + 1))),
    author: AuthorKeySchema.safeParse(get("author")).data ?? null,
  };
}

/** For the JSON API: the first bad parameter is reported with its reason. */
export function parseTrendingFiltersStrict(params: Params): { ok: true; filters: TrendingFilters } | { ok: false; error: string } {
  const flat = Object.fromEntries(
    Object.entries({ ...params, exclude: excludeParam(params) }).map(([k, v]) => [k, first(v)]).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = StrictSchema.safeParse(flat);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue.path.join(".") || "query"}: ${issue.message}` };
  }
  const v = parsed.data;
  return {
    ok: true,
    filters: {
      window: v.window,
      date: v.date ?? null,
      techniques: [...new Set(v.topics ?? [])].sort(),
      category: v.category ?? null,
      hasCode: v.hasCode === "1" || v.hasCode === "true",
      q: v.q ? cleanQuery(v.q) || null : null,
      page: v.page ?? 1,
      allPapers: v.field === "all",
      bits: parseBits(v.bits),
      model: cleanName(v.model),
      baseline: cleanName(v.baseline),
      exclude: parseExclusions(v.exclude ?? ""),
      author: v.author ?? null,
    },
  };
}

/** The query string of a view, defaults omitted, so equal views have equal URLs (and cache keys). */
export function filtersToSearchParams(filters: Partial<TrendingFilters>): URLSearchParams {
  const f = { ...DEFAULT_FILTERS, ...filters };
  const params = new URLSearchParams();
  if (f.window !== DEFAULT_FILTERS.window) params.set("window", f.window);
  if (f.date) params.set("date", f.date);
  if (f.techniques.length) params.set("topics", [...f.techniques].sort().join(","));
  if (f.category) params.set("category", f.category);
  if (f.hasCode) params.set("hasCode", "1");
  if (f.q) params.set("q", f.q);
  if (f.page > 1) params.set("page", String(f.page));
  if (f.allPapers) params.set("field", "all");
  if (f.bits) params.set("bits", `${f.bits.op === "=" ? "" : f.bits.op}${f.bits.value}`);
  if (f.model) params.set("model", f.model);
  if (f.baseline) params.set("baseline", f.baseline);
  const excluded = exclusionTerms(f.exclude);
  if (excluded.length) params.set("exclude", excluded.join(","));
  if (f.author) params.set("author", f.author);
  return params;
}

export function viewHref(path: string, filters: Partial<TrendingFilters>): string {
  const query = filtersToSearchParams(filters).toString();
  return query ? `${path}?${query}` : path;
}
