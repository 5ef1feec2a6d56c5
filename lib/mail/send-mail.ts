import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { settings } from "@/lib/platform/settings";
import type { MailTransport } from "@/lib/mail/transport";

export type OutgoingMail = {
  to: string;
  subject: string;
  /** A template to render, or its output rendered earlier (digests share renders). */
  email?: ReactElement;
  rendered?: { html: string; text: string };
  /** Fixed by the caller when a resend must collapse into the same message (digests). */
  messageId?: string;
  /** RFC 8058 one-click unsubscribe: an https URL answering POST, and a mailto. */
  unsubscribe?: { url: string; mailto: string };
};

/** HTML and plain text from one React template. */
export async function renderEmail(email: ReactElement) {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { html, text };
}

/** Renders (unless given the output), then sends through the given transport. */
export async function sendMail(transport: MailTransport, mail: OutgoingMail) {
  const { html, text } = mail.rendered ?? (await renderEmail(mail.email!));
  const headers: Record<string, string> = {};
  if (mail.unsubscribe) {
    headers["List-Unsubscribe"] = `<${mail.unsubscribe.url}>, <${mail.unsubscribe.mailto}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return transport.sendMail({ from: settings().MAIL_FROM, to: mail.to, subject: mail.subject, html, text, messageId: mail.messageId, headers });
}
