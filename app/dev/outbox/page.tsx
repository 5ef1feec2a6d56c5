import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listOutbox, outboxFolder, outboxVisible } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function OutboxPage() {
  if (!outboxVisible(await headers())) notFound();
  const mails = await listOutbox();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        SMTP_URL is not set, so mails are written to <code className="font-mono">{outboxFolder()}/</code> instead of being sent. Newest first.
      </p>
      {mails.length === 0 ? <p className="text-zinc-600 dark:text-zinc-400">No mail yet. Subscribe with the form below to get one.</p> : null}
      <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {mails.map((m) => (
          <li key={m.file} className="px-4 py-3">
            <Link href={`/dev/outbox/${m.file}`} className="font-medium hover:underline">{m.subject}</Link>
            <p className="text-sm text-zinc-500">to {m.to} · {m.date ? time.format(m.date) : ""}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
