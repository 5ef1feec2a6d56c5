import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { raw: string; rawHeaders: Map<string, string> };

/**
 * A real SMTP server in the test process (nodemailer's smtp-server), parsing what arrives with
 * mailparser. `refuse` decides per message whether to answer with an SMTP error instead.
 */
export async function startSmtpServer({ keep = true }: { keep?: boolean } = {}) {
  const inbox: ReceivedMail[] = [];
  let received = 0;
  const state: { refuse: null | ((to: string) => { code: number; message: string } | null); onMessage?: (raw: string) => void } = { refuse: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = state.refuse?.(address.address);
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        received++;
        if (!keep) return callback(); // a sink for benchmarks: count, don't keep
        const raw = Buffer.concat(chunks).toString("utf8");
        state.onMessage?.(raw);
        const parsed = await simpleParser(raw);
        // mailparser rewrites List-* headers into objects; keep the raw lines for assertions.
        const rawHeaders = new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim()]));
        inbox.push(Object.assign(parsed, { raw, rawHeaders }));
        callback();
      });
    },
  });
  // smtp-server emits a client's dropped connection on the server: a sender killed mid-message
  // (the kill -9 trials) resets its socket, which without a listener is an unhandled error.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("smtp test server:", error);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    inbox,
    received: () => received,
    onMessage(listener: (raw: string) => void) {
      state.onMessage = listener;
    },
    refuse(rule: typeof state.refuse) {
      state.refuse = rule;
    },
    /** An outage: once `afterMails` have arrived, every recipient gets 421 for `forMs`, then all is well. */
    outageAfter(afterMails: number, forMs: number) {
      let endsAt: number | null = null;
      state.refuse = () => {
        if (endsAt === null && received >= afterMails) endsAt = Date.now() + forMs;
        return endsAt !== null && Date.now() < endsAt ? { code: 421, message: "Service not available, closing transmission channel" } : null;
      };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const linksIn = (mail: ReceivedMail) => [...(mail.text ?? "").matchAll(/https?:\/\/[^\s\])>]+/g)].map((m) => m[0]);
