import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { env } from "@/lib/env";
import { OUTBOX_DIR } from "@/lib/mail/transport";

/** The .eml outbox exists only while mail is not really sent (SMTP_URL unset). */
export const outboxEnabled = () => !env.SMTP_URL;

export async function listOutbox(limit = 200) {
  const files = (await readdir(OUTBOX_DIR).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort().reverse().slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(path.join(OUTBOX_DIR, file)), { skipHtmlToText: true, skipTextToHtml: true });
      return { file, subject: mail.subject ?? "(no subject)", to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "", date: mail.date ?? null };
    }),
  );
}

export async function readOutboxMail(file: string) {
  if (!/^[\w.-]+\.eml$/.test(file)) return null; // no path tricks
  const raw = await readFile(path.join(OUTBOX_DIR, file)).catch(() => null);
  if (!raw) return null;
  const mail = await simpleParser(raw);
  return { subject: mail.subject ?? "", to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "", html: typeof mail.html === "string" ? mail.html : null, text: mail.text ?? "" };
}
