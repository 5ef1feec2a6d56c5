import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { appUrl, settings } from "@/lib/platform/settings";
import { outboxDir } from "@/lib/mail/transport";
import { type Client, readClient } from "@/lib/web/client-address";

// While SMTP_URL is unset mails are written as .eml files (lib/mail/transport.ts). Those hold
// confirmation and manage links: whoever reads them can confirm or manage any subscription. So
// /dev/outbox shows them only under `next dev`, or with DEV_OUTBOX=on to a request from this
// machine with no proxy in between (as the socket says, lib/web/client-address), never to the public.
export function outboxVisibleTo(client: Client): boolean {
  const { SMTP_URL, DEV_OUTBOX, NODE_ENV } = settings();
  if (SMTP_URL || DEV_OUTBOX === "off") return false;
  if (NODE_ENV === "development") return true;
  return DEV_OUTBOX === "on" && client.local;
}

/** For a page: whether this request may see the outbox. */
export const outboxVisible = (requestHeaders: Headers) => outboxVisibleTo(readClient(requestHeaders));

export const outboxFolder = () => path.relative(process.cwd(), outboxDir()) || outboxDir();

/** One line for the server's start: where mail goes, and where to read it when it stays here. */
export function describeMailDestination(): string {
  const { SMTP_URL, DEV_OUTBOX, NODE_ENV } = settings();
  if (SMTP_URL) {
    const { host } = new URL(SMTP_URL); // not the whole URL: it may carry a password
    return `Mail is sent through the SMTP server at ${host}.`;
  }
  const reading = NODE_ENV === "development" || DEV_OUTBOX === "on"
    ? `readable at ${appUrl()}/dev/outbox from this machine`
    : "set DEV_OUTBOX=on to read them at /dev/outbox from this machine";
  return `SMTP_URL is unset: mails are written to ${outboxFolder()}/ instead of being sent (${reading}).`;
}

export async function listOutbox(limit = 200) {
  const files = (await readdir(outboxDir()).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort().reverse().slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(path.join(outboxDir(), file)), { skipHtmlToText: true, skipTextToHtml: true });
      return { file, subject: mail.subject ?? "(no subject)", to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "", date: mail.date ?? null };
    }),
  );
}

export async function readOutboxMail(file: string) {
  if (!/^[\w.-]+\.eml$/.test(file)) return null; // no path tricks
  const raw = await readFile(path.join(outboxDir(), file)).catch(() => null);
  if (!raw) return null;
  const mail = await simpleParser(raw);
  return { subject: mail.subject ?? "", to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "", html: typeof mail.html === "string" ? mail.html : null, text: mail.text ?? "" };
}
