import { render } from "@react-email/render";
import { getDb } from "@/lib/platform/database";
import { appUrl, settings } from "@/lib/platform/settings";
import { getCandidates } from "@/lib/digest/candidates";
import { digestPapers } from "@/lib/digest/compose-digest";
import { digestPeriod } from "@/lib/digest/period";
import type { Cadence } from "@/lib/subscriptions/cadence";
import { selectPapers } from "@/lib/digest/select-papers";
import { techniqueLabel } from "@/lib/tagging/technique-labels";
import DigestEmail from "@/emails/digest";

/** The digest a subscriber with these preferences would get for the current period, as HTML. */
export async function renderDigestPreview(techniques: string[], cadence: Cadence, now = new Date()): Promise<string> {
  let period = digestPeriod(cadence, now, settings().DIGEST_TIMEZONE);
  let papers = selectPapers(techniques, await getCandidates(getDb(), period), new Set());
  if (papers.length === 0) {
    // Quiet period (or demo data only): preview the running one rather than an empty mail.
    period = { ...period, start: period.end, end: now, label: `${period.label} (preview of the current period)` };
    papers = selectPapers(techniques, await getCandidates(getDb(), period), new Set());
  }
  return render(
    DigestEmail({
      periodLabel: period.label,
      cadence,
      papers: digestPapers(papers, techniques, cadence),
      techniques: techniques.map(techniqueLabel),
      manageUrl: `${appUrl()}/manage/preview`,
      unsubscribeUrl: `${appUrl()}/unsubscribe/preview`,
      siteUrl: appUrl(),
    }),
  );
}
