import type { Metadata } from "next";
import { FollowedAuthors } from "@/components/authors/followed-authors";
import { LinkActionButton } from "@/components/subscriptions/link-action-button";
import { LinkProblem } from "@/components/subscriptions/link-problem";
import { PreferencesForm } from "@/components/subscriptions/preferences-form";
import { WatchedPapers } from "@/components/watches/watched-papers";
import { savePreferencesAction, setPausedAction, unsubscribeAction } from "@/lib/subscriptions/actions";
import { getSubscriberForLink } from "@/lib/subscriptions/queries";
import { confirmFollowAction, followAuthorAction, setAuthorsScopeAction, unfollowAuthorAction } from "@/lib/authors/actions";
import { getFollows } from "@/lib/authors/queries";
import { addWatchFromManageAction, rememberBrowserAction, unwatchFromManageAction } from "@/lib/watches/actions";
import { browserKeepsManageLink, getWatchedPapers } from "@/lib/watches/queries";

export const metadata: Metadata = { title: "Manage your digest", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ManagePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const found = await getSubscriberForLink(token, "manage");
  if (!found.ok) return <LinkProblem problem={found.problem} />;
  const { subscriber } = found;
  const follows = await getFollows(subscriber.id);
  const status = subscriber.status === "active" ? (subscriber.pausedAt ? "paused" : "active") : subscriber.status;
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <header>
        <h1 className="text-2xl font-bold">Your digest</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {subscriber.email} · <span data-testid="subscription-status">{status}</span>
        </p>
      </header>
      <PreferencesForm
        action={savePreferencesAction.bind(null, token)}
        techniques={subscriber.techniques}
        cadence={subscriber.cadence}
        sendEmpty={subscriber.sendEmpty}
        excludes={subscriber.excludes}
      />
      <FollowedAuthors
        follows={follows.map((f) => ({ authorKey: f.authorKey, name: f.name, confirmed: f.confirmedAt !== null }))}
        anyTechnique={subscriber.authorsAnyTechnique}
        follow={followAuthorAction.bind(null, token)}
        setScope={setAuthorsScopeAction.bind(null, token)}
        confirm={Object.fromEntries(follows.map((f) => [f.authorKey, confirmFollowAction.bind(null, token, f.authorKey)]))}
        unfollow={Object.fromEntries(follows.map((f) => [f.authorKey, unfollowAuthorAction.bind(null, token, f.authorKey)]))}
      />
      {subscriber.status === "active" ? (
        <WatchedPapers
          papers={await getWatchedPapers(subscriber.id)}
          alertsOnly={subscriber.cadence === "alerts"}
          unwatch={(arxivId) => unwatchFromManageAction.bind(null, token, arxivId)}
          add={addWatchFromManageAction.bind(null, token)}
          remembered={await browserKeepsManageLink(subscriber.id)}
          remember={(on) => rememberBrowserAction.bind(null, token, on)}
        />
      ) : null}
      {subscriber.status === "active" ? (
        <div className="flex flex-wrap items-start gap-6">
          <LinkActionButton action={setPausedAction.bind(null, token, !subscriber.pausedAt)} label={subscriber.pausedAt ? "Resume digests" : "Pause digests"} tone="plain" />
          <LinkActionButton action={unsubscribeAction.bind(null, token)} label="Unsubscribe" tone="danger" />
        </div>
      ) : null}
    </div>
  );
}
