import { z } from "zod";
import { extractFacts, splitSentences } from "@/lib/facts/extract-facts";
import { FIGURE_KINDS, type Fact, type FactKind } from "@/lib/facts/fact";
import { formatFact, KIND_LABELS, readFacts } from "@/lib/facts/glance";

// What a watched paper was and became, as the "Paper_record_watched_change" trigger stores it
// (see its migration), and the few lines a researcher reads about it in a digest or an alert.

export const SnapshotSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  abstract: z.string(),
  comments: z.string().nullable(),
  codeUrls: z.array(z.string()),
  journalRef: z.string().nullable(),
  doi: z.string().nullable(),
  facts: z.unknown(),
  factsVersion: z.string().nullable(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export type FigureChange = { kind: FactKind; label: string; before: string[]; after: string[] };

export type PaperChangeSummary = {
  version: { from: number; to: number } | null;
  title: { from: string; to: string } | null;
  /** Sentences of the new abstract that the old one did not have (at most two, shortened). */
  abstractAdds: string[];
  abstractRevised: boolean;
  figures: FigureChange[];
  codeUrls: string[];
  journalRef: string | null;
  /** A venue the new comment names ("Accepted at ICLR 2026") that the old one did not. */
  venue: string | null;
  doi: string | null;
};

const MAX_ADDED_SENTENCES = 2;
const MAX_SENTENCE_CHARS = 180;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const sentenceKey = (text: string) => squash(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const shorten = (text: string) => (text.length > MAX_SENTENCE_CHARS ? `${text.slice(0, MAX_SENTENCE_CHARS - 1).replace(/\s+\S*$/, "")}…` : text);

/**
 * The figures each side reports, by kind. Stored facts are used when both sides were read by the
 * same extractor; otherwise both texts are read again by the current one, so an extractor upgrade
 * between two versions never reads as the paper changing its numbers.
 */
function figuresOf(before: Snapshot, after: Snapshot): [Fact[], Fact[]] {
  if (before.factsVersion && before.factsVersion === after.factsVersion) return [readFacts(before.facts), readFacts(after.facts)];
  const read = (s: Snapshot) => extractFacts({ title: s.title, abstract: s.abstract, comment: s.comments });
  return [read(before), read(after)];
}

function figureChanges(before: Snapshot, after: Snapshot): FigureChange[] {
  const [old, now] = figuresOf(before, after);
  const byKind = (facts: Fact[], kind: FactKind) => [...new Set(facts.filter((f) => f.kind === kind).map(formatFact))];
  const changes: FigureChange[] = [];
  for (const kind of FIGURE_KINDS) {
    const was = byKind(old, kind);
    const is = byKind(now, kind);
    const same = was.length === is.length && was.every((v) => is.includes(v));
    if (!same) changes.push({ kind, label: KIND_LABELS[kind], before: was, after: is });
  }
  return changes;
}

function addedSentences(before: string, after: string): string[] {
  const old = new Set(splitSentences(before).map((s) => sentenceKey(s.text)));
  return splitSentences(after)
    .map((s) => squash(s.text))
    .filter((s) => s && !old.has(sentenceKey(s)))
    .slice(0, MAX_ADDED_SENTENCES)
    .map(shorten);
}

// "Accepted at NeurIPS 2025", "To appear in TMLR", "Published as a conference paper at ICLR 2026".
const VENUE = /\b(?:accepted|to appear|published|presented|camera[- ]ready)\b(?:[^.;:]*?)\b(?:at|to|in|by|for)\s+(?:the\s+)?([A-Z][^.;()\n]{1,80})/i;

/** The venue an arXiv comment announces, or null. */
export function venueInComment(comment: string | null): string | null {
  const match = comment ? VENUE.exec(comment) : null;
  return match ? squash(match[1]).replace(/[\s,]+$/, "") : null;
}

/** Pure: what changed between two snapshots of a paper (possibly several changes apart). */
export function describeChange(before: Snapshot, after: Snapshot): PaperChangeSummary {
  const versionMoved = after.version !== before.version;
  const titleMoved = squash(after.title) !== squash(before.title);
  const abstractMoved = sentenceKey(after.abstract) !== sentenceKey(before.abstract) && after.abstract !== "";
  const newVenue = venueInComment(after.comments);
  return {
    version: versionMoved ? { from: before.version, to: after.version } : null,
    title: titleMoved ? { from: squash(before.title), to: squash(after.title) } : null,
    abstractAdds: abstractMoved ? addedSentences(before.abstract, after.abstract) : [],
    abstractRevised: abstractMoved,
    figures: versionMoved ? figureChanges(before, after) : [],
    codeUrls: after.codeUrls.filter((url) => !before.codeUrls.includes(url)),
    journalRef: after.journalRef && after.journalRef !== before.journalRef ? squash(after.journalRef) : null,
    venue: newVenue && newVenue !== venueInComment(before.comments) ? newVenue : null,
    doi: after.doi && after.doi !== before.doi ? after.doi : null,
  };
}

/** Whether a summary says anything (a version bump alone does, so does a new link). */
export function isNoteworthy(summary: PaperChangeSummary): boolean {
  return Boolean(summary.version || summary.title || summary.abstractRevised || summary.figures.length || summary.codeUrls.length || summary.journalRef || summary.venue || summary.doi);
}

const listed = (values: string[]) => values.join(", ");

/**
 * The summary as short lines for a mail, what a reader acts on first: the version and the
 * figures it reports, then links and venue, then the wording ("v2 (was v1)", "Speedup: 2.4× faster → 2.8× faster").
 */
export function changeLines(summary: PaperChangeSummary): string[] {
  const lines: string[] = [];
  if (summary.version) lines.push(`New version: v${summary.version.to} (was v${summary.version.from})`);
  for (const figure of summary.figures) {
    if (figure.before.length && figure.after.length) lines.push(`${figure.label}: ${listed(figure.before)} → ${listed(figure.after)}`);
    else if (figure.after.length) lines.push(`${figure.label}: ${listed(figure.after)} (newly reported)`);
    else lines.push(`${figure.label}: ${listed(figure.before)} no longer reported`);
  }
  for (const url of summary.codeUrls) lines.push(`Code: ${url}`);
  if (summary.journalRef) lines.push(`Journal reference: ${summary.journalRef}`);
  if (summary.venue && summary.venue !== summary.journalRef) lines.push(`Venue: ${summary.venue} (from the arXiv comment)`);
  if (summary.doi) lines.push(`DOI: ${summary.doi}`);
  if (summary.title) lines.push(`Title changed, was “${summary.title.from}”`);
  if (summary.abstractRevised) {
    lines.push(summary.abstractAdds.length ? `Abstract revised; new: ${summary.abstractAdds.map((s) => `“${s}”`).join(" ")}` : "Abstract revised (same sentences, reworded)");
  }
  return lines;
}
