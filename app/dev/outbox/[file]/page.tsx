import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { outboxVisible, readOutboxMail } from "@/lib/mail/outbox";

export const dynamic = "force-dynamic";

export default async function OutboxMailPage(props: { params: Promise<{ file: string }> }) {
  if (!outboxVisible(await headers())) notFound();
  const mail = await readOutboxMail((await props.params).file);
  if (!mail) notFound();
  return (
    <div className="space-y-4">
      <Link href="/dev/outbox" className="text-sm text-accent-600 underline dark:text-accent-100">← Outbox</Link>
      <h1 className="text-xl font-bold">{mail.subject}</h1>
      <p className="text-sm text-zinc-500">to {mail.to}</p>
      {mail.html ? (
        <iframe title="HTML part" srcDoc={mail.html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="h-[70vh] w-full rounded-xl border border-zinc-200 bg-white dark:border-zinc-800" />
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium">Plain-text part</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-xl bg-zinc-100 p-4 text-sm dark:bg-zinc-900">{mail.text}</pre>
      </details>
    </div>
  );
}
