import type { Metadata } from "next";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { LinkProblem } from "@/components/subscriptions/link-problem";
import { PreferencesForm } from "@/components/subscriptions/preferences-form";
import { savePreferencesAction, setPausedAction, unsubscribeAction } from "@/lib/subscriptions/actions";
import { getSubscriberForLink } from "@/lib/subscriptions/queries";

export const metadata: Metadata = { title: "Manage your digest", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ManagePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const found = await getSubscriberForLink(token, "manage");
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  const { subscriber } = found;
  const status = subscriber.status === "active" ? (subscriber.pausedAt ? "paused" : "active") : subscriber.status;
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <header>
        <h1 className="text-2xl font-bold">Your digest</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {subscriber.email} · <span data-testid="subscription-status">{status}</span>
        </p>
      </header>
      <PreferencesForm action={savePreferencesAction.bind(null, token)} topics={subscriber.topics} cadence={subscriber.cadence} sendEmpty={subscriber.sendEmpty} />
      {subscriber.status === "active" ? (
        <div className="flex flex-wrap items-start gap-6">
          <LinkActionButton action={setPausedAction.bind(null, token, !subscriber.pausedAt)} label={subscriber.pausedAt ? "Resume digests" : "Pause digests"} tone="plain" />
          <LinkActionButton action={unsubscribeAction.bind(null, token)} label="Unsubscribe" tone="danger" />
        </div>
      ) : null}
    </div>
  );
}
