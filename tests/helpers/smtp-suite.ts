import { afterAll, beforeAll } from "vitest";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { startSmtpServer } from "@/tests/helpers/smtp";

/** Starts a real SMTP server and a transport aimed at it for the enclosing test file. */
export function useSmtpServer() {
  const suite = {} as { smtp: Awaited<ReturnType<typeof startSmtpServer>>; transport: MailTransport };
  beforeAll(async () => {
    suite.smtp = await startSmtpServer();
    suite.transport = createMailTransport(suite.smtp.url);
  });
  afterAll(async () => {
    suite.transport.close?.();
    await suite.smtp.close();
  });
  return suite;
}
