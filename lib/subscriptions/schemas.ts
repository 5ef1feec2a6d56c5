import { z } from "zod";
import { CADENCES, SUBSCRIBER_CADENCES } from "@/lib/subscriptions/cadence";
import { isTechniqueSlug, TECHNIQUE_SLUGS } from "@/lib/tagging/technique-labels";
import { EXCLUDE, exclusionTerms, MAX_EXCLUDED, MAX_NAME, parseExclusions } from "@/lib/trending/filters";

// An address goes into an SMTP envelope and a To: header: only printable ASCII, no spaces, no
// CR/LF, at most 254 characters. Internationalised addresses (and their look-alike tricks) are
// refused rather than half-supported.
export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "That address is too long.")
  .refine((v) => /^[\x21-\x7e]+$/.test(v), "Use a plain address without spaces or special characters.")
  .pipe(z.email({ error: "That doesn't look like an email address." }))
  .transform((v) => v.toLowerCase());

export const CadenceSchema = z.enum(CADENCES, { error: "Choose daily or weekly." });

export const TechniquesSchema = z
  .array(z.string())
  .max(20)
  .refine((list) => list.every(isTechniqueSlug), { error: `Unknown technique: choose among ${TECHNIQUE_SLUGS.join(", ")}.` })
  .transform((list) => [...new Set(list)].sort());

// `topics`: the public name of a subscriber's techniques, in POST /api/subscribe and the forms'
// field names; subscribe.ts and manage.ts store it as Subscriber.techniques.
export const SubscribeSchema = z.object({
  email: EmailSchema,
  // None chosen means all: the default of the form.
  topics: TechniquesSchema.default([]).transform((list) => (list.length ? list : [...TECHNIQUE_SLUGS].sort())),
  cadence: CadenceSchema.default("weekly"),
});
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

/** What the manage page offers besides a digest: only alerts about watched papers (lib/watches/). */
export const PreferenceCadenceSchema = z.enum(SUBSCRIBER_CADENCES, { error: "Choose daily, weekly, or alerts only." });

export const PreferencesSchema = z
  .object({
    topics: TechniquesSchema,
    cadence: PreferenceCadenceSchema,
    sendEmpty: z.boolean().default(false),
    // What the digest leaves out, read as the views read `exclude=`; stored in that normal form.
    excludes: z
      .string()
      .default("")
      .refine((raw) => EXCLUDE.test(raw.replace(/\r?\n/g, ",")), { error: `Leave out at most ${MAX_EXCLUDED} terms, comma-separated, of at most ${MAX_NAME} characters each.` })
      .transform((raw) => exclusionTerms(parseExclusions(raw.replace(/\r?\n/g, ",")))),
  })
  .refine((p) => p.cadence === "alerts" || p.topics.length > 0, { error: "Pick at least one technique, or choose alerts only, or unsubscribe.", path: ["topics"] });
/** `excludes` left out keeps the stored list. */
export type Preferences = Omit<z.infer<typeof PreferencesSchema>, "excludes"> & { excludes?: string[] };
