import type { Metadata } from "next";
import Link from "next/link";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { confirmWatchAction } from "@/lib/watches/actions";
import { WATCH_PROBLEMS } from "@/lib/watches/problems";
import { getWatchLink } from "@/lib/watches/queries";
import { techniqueLabel } from "@/lib/tagging/technique-labels";

export const metadata: Metadata = { title: "Watch a paper", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The link of a "confirm watching" mail: the page says what it does; only its button changes anything. */
export default async function WatchPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const link = await getWatchLink(token);
  if (!link.ok) {
    return (
      <div className="mx-auto max-w-lg py-10 text-center">
        <h1 className="text-2xl font-bold">{link.problem === "expired" ? "This link has expired" : "This link does not work"}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{WATCH_PROBLEMS[link.problem]}</p>
        <Link href="/" className="mt-6 inline-block text-accent-600 underline dark:text-accent-100">Back to trending papers</Link>
      </div>
    );
  }
  const { subscriber, paper } = link;
  const subscribing = subscriber.status === "pending";
  const what = subscriber.cadence === "alerts" ? "an alert by email" : `a line in your ${subscriber.cadence} digest`;
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <h1 className="text-2xl font-bold">Watch this paper</h1>
      <p className="text-lg font-medium">
        <Link href={`/papers/${paper.arxivId}`} className="hover:underline">{paper.title}</Link>
      </p>
      <p className="text-zinc-700 dark:text-zinc-300">
        A new arXiv version, a code link or a journal reference becomes {what}, sent to <strong>{subscriber.email}</strong>.
        {subscribing
          ? subscriber.cadence === "alerts"
            ? " This also confirms your address; nothing else is sent."
            : ` This also confirms your ${subscriber.cadence} digest of ${subscriber.techniques.map(techniqueLabel).join(", ")}.`
          : null}
      </p>
      {link.watching && !subscribing ? (
        <p className="text-emerald-700 dark:text-emerald-400">You are already watching this paper.</p>
      ) : (
        <LinkActionButton action={confirmWatchAction.bind(null, token)} label={subscribing ? "Confirm and watch" : "Watch this paper"} />
      )}
    </div>
  );
}
