import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { dataDir, settings } from "@/lib/platform/settings";

export const outboxDir = () => path.join(dataDir(), "outbox");

export type MailTransport = Pick<Transporter, "sendMail"> & { close?: () => void };

/**
 * SMTP_URL when set: pooled connections, at most MAIL_RATE_PER_SECOND messages a second.
 * Otherwise every message is written as an .eml file under DATA_DIR/outbox/ (listed at /dev/outbox),
 * so the whole flow works on a fresh machine.
 */
export function createMailTransport(
  smtpUrl = settings().SMTP_URL,
  outbox = outboxDir(),
  ratePerSecond = settings().MAIL_RATE_PER_SECOND,
): MailTransport {
  if (smtpUrl) {
    return nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      rateDelta: 1000,
      rateLimit: ratePerSecond,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async sendMail(message) {
      const info = await stream.sendMail(message);
      await mkdir(outbox, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const id = String(info.messageId).replace(/[^\w.-]/g, "").slice(0, 60);
      await writeFile(path.join(outbox, `${stamp}-${id}.eml`), info.message as Buffer);
      return info;
    },
  };
}

let shared: MailTransport | undefined;
/** The one transport of this process. */
export function mailTransport(): MailTransport {
  shared ??= createMailTransport();
  return shared;
}
