import type { Metadata } from "next";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { LinkProblem } from "@/components/subscriptions/link-problem";
import { confirmAction } from "@/lib/authors/actions";
import { getSubscriberForLink } from "@/lib/subscriptions/queries";
import { techniqueLabel } from "@/lib/tagging/technique-labels";
import { getPendingFollowNames } from "@/lib/authors/queries";

export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

export default async function ConfirmPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const found = await getSubscriberForLink(token, "confirm");
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  const { subscriber } = found;
  const follows = subscriber.status === "pending" ? await getPendingFollowNames(subscriber.id) : [];
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <h1 className="text-2xl font-bold">Confirm your subscription</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        {subscriber.cadence === "alerts" ? "Alerts about the papers you watch" : `A ${subscriber.cadence} digest of trending papers on ${subscriber.techniques.map(techniqueLabel).join(", ")}`}, sent to{" "}
        <strong>{subscriber.email}</strong>.
      </p>
      {follows.length ? <p className="text-zinc-700 dark:text-zinc-300">It also brings new papers by {follows.join(", ")}, in a section “From authors you follow”.</p> : null}
      {subscriber.status === "pending" ? <LinkActionButton action={confirmAction.bind(null, token)} label="Confirm subscription" /> : <p className="text-emerald-700 dark:text-emerald-400">Already confirmed.</p>}
    </div>
  );
}
