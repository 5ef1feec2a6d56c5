import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/platform/database";

export const e2eDatabaseFile = (port: string | number) => path.join(tmpdir(), `sparse-digest-e2e-${port}.json`);

/** What the e2e server tells the specs: its database, its mail, and what a CLI run beside it needs. */
export type E2eInfo = { databaseUrl: string; mailDir: string; smtpUrl: string; dataDir: string; appUrl: string };
export const e2eInfo = (): E2eInfo => JSON.parse(readFileSync(e2eDatabaseFile(process.env.E2E_PORT ?? "3199"), "utf8"));

/** A client on the database of the server under test (Playwright specs arrange data with it). */
export function e2eDb(): Db {
  return createDb(e2eInfo().databaseUrl, { max: 2 });
}

/** The mails the server under test sent (through its SMTP server), oldest first. */
export async function e2eMails() {
  const { simpleParser } = await import("mailparser");
  const dir = e2eInfo().mailDir;
  const files = readdirSync(dir).sort();
  return Promise.all(files.map(async (f) => {
    const raw = readFileSync(path.join(dir, f), "utf8");
    const mail = await simpleParser(raw);
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.slice(name.length + 1).replace(/\r?\n[ \t]+/g, " ").trim();
    return { to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "", subject: mail.subject ?? "", text: mail.text ?? "", messageId: mail.messageId, header };
  }));
}

/** The newest mail to an address whose subject matches, once the server under test has sent it (10 s at most). */
export async function waitForMail(to: string, subject: RegExp = /./) {
  for (let i = 0; i < 50; i++) {
    const mail = (await e2eMails()).filter((m) => m.to === to && subject.test(m.subject)).at(-1);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}
