// Client-safe view of the taxonomy: labels only, no node imports, so React components can use it.
import taxonomy from "./techniques.json";

/** A slug from techniques.json (`moe`, `quantization`, …). Slugs are part of the public interface. */
export type TechniqueSlug = string;
export type Technique = { slug: TechniqueSlug; label: string; description: string };

export const TECHNIQUES: readonly Technique[] = taxonomy.techniques.map(({ slug, label, description }) => ({
  slug,
  label,
  description,
}));

// Typed as a non-empty tuple so callers can pass it straight to z.enum().
export const TECHNIQUE_SLUGS = TECHNIQUES.map((t) => t.slug) as unknown as readonly [TechniqueSlug, ...TechniqueSlug[]];

const LABELS = new Map(TECHNIQUES.map((t) => [t.slug, t.label]));

export function isTechniqueSlug(value: string): value is TechniqueSlug {
  return LABELS.has(value);
}

/** The display label of a slug; an unknown slug is shown as itself rather than breaking a page. */
export function techniqueLabel(slug: string): string {
  return LABELS.get(slug) ?? slug;
}
