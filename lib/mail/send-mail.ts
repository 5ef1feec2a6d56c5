import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { env } from "@/lib/env";
import type { MailTransport } from "@/lib/mail/transport";

export type OutgoingMail = {
  to: string;
  subject: string;
  email: ReactElement;
  /** Fixed by the caller when a resend must collapse into the same message (digests). */
  messageId?: string;
  /** RFC 8058 one-click unsubscribe: an https URL answering POST, and a mailto. */
  unsubscribe?: { url: string; mailto: string };
};

/** Renders HTML and plain text from one React template, then sends through the given transport. */
export async function sendMail(transport: MailTransport, mail: OutgoingMail) {
  const [html, text] = await Promise.all([render(mail.email), render(mail.email, { plainText: true })]);
  const headers: Record<string, string> = {};
  if (mail.unsubscribe) {
    headers["List-Unsubscribe"] = `<${mail.unsubscribe.url}>, <${mail.unsubscribe.mailto}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, html, text, messageId: mail.messageId, headers });
}
