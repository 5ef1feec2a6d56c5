import type { Metadata } from "next";
import Link from "next/link";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { LinkProblem } from "@/components/subscriptions/link-problem";
import { unsubscribeAction } from "@/lib/subscriptions/actions";
import { getSubscriberForLink } from "@/lib/subscriptions/queries";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

export default async function UnsubscribePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const found = await getSubscriberForLink(token, "manage");
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  return (
    <div className="mx-auto max-w-lg space-y-4 py-10">
      <h1 className="text-2xl font-bold">Unsubscribe {found.subscriber.email}?</h1>
      {found.subscriber.status === "unsubscribed" ? (
        <p className="text-emerald-700 dark:text-emerald-400">You are already unsubscribed.</p>
      ) : (
        <>
          <p className="text-zinc-700 dark:text-zinc-300">No more digests will be sent. You can also just change techniques or cadence, or pause.</p>
          <LinkActionButton action={unsubscribeAction.bind(null, token)} label="Unsubscribe" tone="danger" />
          <Link href={`/manage/${token}`} className="inline-block text-sm text-accent-600 underline dark:text-accent-100">Change preferences instead</Link>
        </>
      )}
    </div>
  );
}
