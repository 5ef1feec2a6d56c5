import { z } from "zod";
import { toJsonSchema } from "@/lib/api/json-schema";
import { TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";
import { ID_LIST_PATTERN, MAX_IDS } from "@/lib/reading-list/ids";
import { BITS, EXCLUDE, MAX_EXCLUDED, MAX_NAME, WINDOWS } from "@/lib/trending/filters";

// The query parameters of a view, as lib/trending/filters.ts reads them (its strict parser is
// private to it; tests/lib/api holds these against parseTrendingFiltersStrict). Comma lists are
// OpenAPI's form style without explode: `topics=moe,kv-cache`.

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: object; style?: "form"; explode?: false };

export const query = (name: string, description: string, schema: z.ZodType, list = false): Parameter => ({
  name,
  in: "query",
  description,
  schema: toJsonSchema(schema),
  ...(list ? { style: "form" as const, explode: false as const } : {}),
});

export const techniquesSchema = z.array(z.enum(TECHNIQUE_SLUGS));
export const VIEW_LIMITS = { queryLength: 300, categoryLength: 32, limit: { min: 1, max: 100, default: 30 } } as const;

export const VIEW_PARAMETERS: Parameter[] = [
  query("topics", "Papers with any of these techniques (`topics` is the public name of techniques, as in `/topics/{slug}`).", techniquesSchema, true),
  query("window", WINDOWS.map((w) => `\`${w.slug}\`: ${w.label}`).join(", ") + " (Today, week and month are UTC periods; All time ranks by points, New is newest first).", z.enum(WINDOWS.map((w) => w.slug) as [string, ...string[]]).default("week")),
  query("date", "Any day of the period to show (`day`, `week`, `month`); the current one when absent. A past period ranks as it stood at its end.", z.iso.date()),
  query("q", "Full-text search in title and abstract, web-search syntax (`\"exact phrase\" -word or`).", z.string().max(VIEW_LIMITS.queryLength)),
  query("category", "An arXiv category, e.g. `cs.LG`.", z.string().regex(/^[a-z-]+(\.[A-Za-z-]+)?$/).max(VIEW_LIMITS.categoryLength)),
  query("hasCode", "Only papers that link code (`1` or `true`).", z.enum(["1", "0", "true", "false"])),
  query("field", "`techniques` lists papers carrying at least one technique (the field); `all` lists everything ingested.", z.enum(["all", "techniques"]).default("techniques")),
  query("bits", "Papers reporting a bit-width, compared as given: `4`, `<=4`, `>=2`, `<3`, `>1` (the low end of a reported range).", z.string().regex(BITS)),
  query("model", "Papers whose abstract names a model containing this text, case-insensitively (e.g. `llama`).", z.string().max(MAX_NAME)),
  query("baseline", "Papers compared against a method containing this text, case-insensitively (e.g. `gptq`).", z.string().max(MAX_NAME)),
  query(
    "exclude",
    `Papers left out: a technique slug leaves out that technique, any other term (or a quoted one, \`"moe"\`) a word or phrase of the title or abstract: \`distillation,diffusion,"survey"\`. At most ${MAX_EXCLUDED} terms of at most ${MAX_NAME} characters.`,
    z.string().regex(EXCLUDE),
  ),
  query(
    "author",
    "Papers by one author, by the key of `/authors/{key}`: the name lower-cased, without accents, punctuation or middle initials (`geoffrey-hinton`); a name written with initials only has the key of its first initial (`g-hinton`). A value that is not a key is refused.",
    z.string().max(480).regex(/^[a-z0-9\u0080-\uffff]+(-[a-z0-9\u0080-\uffff]+)*$/),
  ),
];

/** A reading list instead of a view (lib/reading-list/ids.ts). */
export const idsParameter = (instead: string): Parameter =>
  query(
    "ids",
    `A reading list: these papers, in this order. Up to ${MAX_IDS} bare arXiv ids, comma-separated (\`2510.12345,hep-th/9901001\`; duplicates count once). A malformed id, more than ${MAX_IDS}, or an id of no paper here is answered with 400 and names the id. ${instead}`,
    z.string().regex(new RegExp(ID_LIST_PATTERN)),
  );

const { min, max, default: byDefault } = VIEW_LIMITS.limit;
export const PAGING_PARAMETERS: Parameter[] = [
  query("limit", "Papers per response.", z.number().int().min(min).max(max).default(byDefault)),
  query("cursor", "`nextCursor` of the previous response; valid only with the same filters.", z.string()),
];

export const path = (name: string, description: string): Parameter => ({ name, in: "path", required: true, description, schema: { type: "string" } });
