import { techniqueLabel } from "@/lib/tagging/technique-labels";

export type WhyInput = {
  /** The paper's techniques, and the ones the reader asked for (listed first). */
  techniques: readonly string[];
  preferred?: readonly string[];
  /** The phrases that fired, per technique; the line quotes one of the first technique shown. */
  evidence?: Record<string, readonly string[]> | null;
  /** In the digest: the paper is by an author the subscriber follows (their name, when known). */
  byFollowedAuthor?: boolean | string;
  /** On a search: the query it matched. */
  matched?: string | null;
  points: number;
  /** "today", "this week", …; null for no period ("all time"). */
  when: string | null;
  /** Cards show the techniques as chips just before the line: leave their names out. */
  withoutTechniques?: boolean;
};

const PHRASE_CHARS = 40;
const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

// A phrase that is only the technique's own name ("MoE · 'MoE'") says nothing: the next one does.
function telling(technique: string, phrases: readonly string[] | undefined) {
  const names = new Set([plain(technique), plain(techniqueLabel(technique))]);
  return phrases?.find((p) => p && !names.has(plain(p)));
}

/**
 * Why a paper is in a list, in one line: "MoE, pruning · 'expert pruning' · by an author you
 * follow · 42 upvotes this week". Every digest item and every card carries one.
 */
export function whyLine(input: WhyInput): string {
  const preferred = input.preferred ?? [];
  const ordered = [...input.techniques.filter((t) => preferred.includes(t)), ...input.techniques.filter((t) => !preferred.includes(t))];
  const parts: string[] = [];
  if (ordered.length && !input.withoutTechniques) parts.push(ordered.map(techniqueLabel).join(", "));
  const phrase = ordered.map((t) => telling(t, input.evidence?.[t])).find((p) => p);
  if (phrase) parts.push(`'${phrase.length > PHRASE_CHARS ? `${phrase.slice(0, PHRASE_CHARS - 1)}…` : phrase}'`);
  if (input.matched) parts.push(`matches “${input.matched}”`);
  if (typeof input.byFollowedAuthor === "string") parts.push(`by ${input.byFollowedAuthor}, whom you follow`);
  else if (input.byFollowedAuthor) parts.push("by an author you follow");
  const upvotes = input.points === 1 ? "1 upvote" : `${input.points} upvotes`;
  if (input.points === 0) parts.push(input.when ? `new ${input.when}, no votes yet` : "no votes yet");
  else parts.push(input.when ? `${upvotes} ${input.when}` : upvotes);
  return parts.join(" · ");
}
