import { appUrl } from "@/lib/platform/settings";
import type { Cadence } from "@/lib/subscriptions/cadence";
import { glanceLine, readFacts } from "@/lib/facts/glance";
import type { DigestPeriod } from "@/lib/digest/period";
import type { Candidate } from "@/lib/digest/select-papers";
import { manageUrl, oneClickUrl, unsubscribeMailto, unsubscribeUrl } from "@/lib/subscriptions/links";
import { whyLine } from "@/lib/papers/why-line";
import { authorKeyPair } from "@/lib/author-key";
import { techniqueLabel } from "@/lib/tagging/technique-labels";
import { renderEmail } from "@/lib/mail/send-mail";
import type { WatchedChange } from "@/lib/digest/watched-changes";
import { watchedPaperItems } from "@/lib/watches/watched-items";
import DigestEmail, { type DigestPaper } from "@/emails/digest";

/** `follows`: keys of the authors followed now, to name the one behind a paper of the section. */
type Recipient = { id: string; email: string; tokenSecret: string; techniques: string[]; cadence: Cadence; follows?: readonly string[] };

/** The followed author a paper is by ("by Song Han, whom you follow"); the section's line says so. */
function followedAuthor(paper: Candidate, follows: readonly string[]): string | true {
  return paper.authors.find((name) => {
    const pair = authorKeyPair(name);
    return pair !== null && (follows.includes(pair.key) || follows.includes(pair.initialKey));
  }) ?? true;
}

/** One line of why a paper is in this digest: its techniques (the subscriber's first), a phrase that fired, its points. */
export function reasonLine(
  paper: Pick<Candidate, "techniques" | "points"> & { evidence?: Candidate["evidence"] },
  subscribed: readonly string[],
  cadence: Cadence,
  byFollowedAuthor: boolean | string = false,
) {
  const when = cadence === "daily" ? "today" : "this week";
  return whyLine({ techniques: paper.techniques, preferred: subscribed, evidence: paper.evidence, byFollowedAuthor, points: paper.points, when });
}

export function digestPapers(papers: Candidate[], subscribed: readonly string[], cadence: Cadence, follows: readonly string[] | null = null): DigestPaper[] {
  const site = appUrl();
  return papers.map((p) => ({
    title: p.title,
    url: `${site}/papers/${p.arxivId}`,
    arxivUrl: p.isDemo ? null : (p.absUrl ?? `https://arxiv.org/abs/${p.arxivId}`),
    codeUrl: p.codeUrls[0] ?? null,
    techniques: p.techniques.map(techniqueLabel),
    reason: reasonLine(p, subscribed, cadence, follows ? followedAuthor(p, follows) : false),
    glance: glanceLine(readFacts(p.facts)),
    authors: p.authors.length > 3 ? `${p.authors.slice(0, 3).join(", ")} et al.` : p.authors.join(", "),
  }));
}

// Subscribers with the same techniques get the same papers, so a run renders each distinct
// digest once, with placeholder links, and fills in each subscriber's own links (React
// rendering costs ~14 ms a message; a string replacement costs microseconds).
const MANAGE_PLACEHOLDER = "https://sparse-digest.invalid/manage-link";
const UNSUBSCRIBE_PLACEHOLDER = "https://sparse-digest.invalid/unsubscribe-link";

export type RenderCache = Map<string, Promise<{ html: string; text: string }>>;

/**
 * The mail of one delivery. `authorPaperIds` (fixed at the claim) are the papers of "From
 * authors you follow"; the rest of `papers` is the trending section. `changes` (fixed at the
 * claim too) are what changed on the papers the subscriber watches (lib/watches/).
 */
export async function composeDigest(subscriber: Recipient, chosen: Candidate[], period: DigestPeriod, now: Date, cache: RenderCache = new Map(), authorPaperIds: readonly number[] = [], changes: readonly WatchedChange[] = []) {
  const techniques = subscriber.techniques.map(techniqueLabel);
  const papers = chosen.filter((p) => !authorPaperIds.includes(p.id));
  const byFollowed = chosen.filter((p) => authorPaperIds.includes(p.id));
  const watched = watchedPaperItems(changes);
  const fromAuthors = byFollowed.length ? `${byFollowed.length} from authors you follow` : "";
  const updates = watched.length ? `${watched.length} ${watched.length === 1 ? "paper" : "papers"} you watch updated` : "";
  const also = [fromAuthors, updates].filter(Boolean).join(", ");
  const subject = papers.length
    ? `${papers.length} trending ${papers.length === 1 ? "paper" : "papers"} in ${techniques.slice(0, 3).join(", ")}${techniques.length > 3 ? "…" : ""}${also ? `, ${also}` : ""}: ${period.label}`
    : fromAuthors
      ? `${byFollowed.length === 1 ? "1 paper" : `${byFollowed.length} papers`} from authors you follow${updates ? `, ${updates}` : ""}: ${period.label}`
      : updates
        ? `${updates}: ${period.label}`
        : `Nothing new in your techniques: ${period.label}`;
  const follows = byFollowed.length ? [...(subscriber.follows ?? [])].sort() : [];
  const key = JSON.stringify([period.key, subscriber.cadence, subscriber.techniques, papers.map((p) => p.id), byFollowed.map((p) => p.id), follows, changes.map((c) => c.id)]);
  let template = cache.get(key);
  if (!template) {
    template = renderEmail(
      DigestEmail({
        periodLabel: period.label,
        cadence: subscriber.cadence,
        papers: digestPapers(papers, subscriber.techniques, subscriber.cadence),
        fromAuthors: digestPapers(byFollowed, subscriber.techniques, subscriber.cadence, follows),
        techniques,
        manageUrl: MANAGE_PLACEHOLDER,
        unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
        siteUrl: appUrl(),
        watched,
      }),
    );
    cache.set(key, template);
  }
  const { html, text } = await template;
  const fill = (body: string) => body.replaceAll(MANAGE_PLACEHOLDER, manageUrl(subscriber, now)).replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl(subscriber, now));
  return {
    to: subscriber.email,
    subject,
    rendered: { html: fill(html), text: fill(text) },
    unsubscribe: { url: oneClickUrl(subscriber, now), mailto: unsubscribeMailto(subscriber, now) },
  };
}
