import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { e2eDb, e2eInfo, e2eMails } from "@/tests/helpers/e2e-db";
import type { Signed } from "@/tests/helpers/signing-child";

// Links signed outside the web server must work on it. The server under test runs as a default
// install does: no APP_SECRET, its key generated into its DATA_DIR. The commands here get the
// same DATA_DIR and no APP_SECRET (nor NODE_ENV), as an operator's shell would give them.

function commandEnv(): NodeJS.ProcessEnv {
  const info = e2eInfo();
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: info.databaseUrl, SMTP_URL: info.smtpUrl, DATA_DIR: info.dataDir, APP_URL: info.appUrl };
  delete env.APP_SECRET;
  delete env.NODE_ENV;
  return env as NodeJS.ProcessEnv;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: commandEnv() });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")}: exit ${code}\n${err}`))));
  });
}

async function waitForMail(to: string) {
  for (let i = 0; i < 50; i++) {
    const mail = (await e2eMails()).filter((m) => m.to === to).at(-1);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to}`);
}

test("a digest sent with `npm run digest`: its manage link and one-click unsubscribe work on the server", async ({ page, request }) => {
  const email = `cli-reader-${Date.now()}@example.org`;
  const db = e2eDb();
  try {
    await db.subscriber.create({
      data: { email, status: "active", techniques: ["moe", "quantization", "pruning", "kv-cache", "distillation", "low-rank"], cadence: "daily",
        sendEmpty: true, tokenSecret: randomBytes(24).toString("base64url"), confirmedAt: new Date() },
    });
    const output = await run("npm", ["run", "--silent", "digest", "--", "--cadence", "daily", "--to", email]);
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toMatchObject({ sent: 1, failed: 0 });
    const digest = await waitForMail(email);
    expect(digest.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    const manageLink = digest.text.match(/https?:\/\/\S+\/manage\/[^\s\])]+/)![0];
    await page.goto(new URL(manageLink).pathname);
    await expect(page.getByTestId("subscription-status")).toHaveText("active");
    await page.getByRole("group", { name: "Techniques", exact: true }).getByRole("checkbox", { name: "Pruning" }).uncheck();
    await page.getByRole("radio", { name: "Weekly" }).check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("status").first()).toContainText("Preferences saved");
    expect(await db.subscriber.findUniqueOrThrow({ where: { email } })).toMatchObject({ cadence: "weekly" });
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).techniques).not.toContain("pruning");

    const oneClick = digest.header("list-unsubscribe")!.match(/<(https?:[^>]+)>/)![1];
    const unsubscribed = await request.post(new URL(oneClick).pathname, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(unsubscribed.status()).toBe(200);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("unsubscribed");
  } finally {
    await db.$disconnect();
  }
});

test("a confirm link and a vote cookie signed by another process with the server's key source work on the server", async ({ page, context }) => {
  const email = `other-process-${Date.now()}@example.org`;
  const db = e2eDb();
  try {
    const subscriber = await db.subscriber.create({
      data: { email, status: "pending", techniques: ["moe"], cadence: "weekly", tokenSecret: randomBytes(24).toString("base64url"),
        confirmationSentAt: new Date(), confirmationsSent: 1 },
    });
    const subject = { id: subscriber.id, tokenSecret: subscriber.tokenSecret, confirmationsSent: 1, now: new Date().toISOString() };
    const signed = JSON.parse(await run(process.execPath, ["--import", "tsx", "tests/helpers/signing-child.ts", JSON.stringify({ mode: "sign", subject })])) as Signed;

    await page.goto(`/confirm/${signed.confirm}`);
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("status")).toContainText("Subscription confirmed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("active");

    // The server takes the cookie as this browser's (it would issue a new one if it did not).
    await context.addCookies([{ name: "sd_voter", value: signed.cookie, url: e2eInfo().appUrl, httpOnly: true, sameSite: "Lax" }]);
    const paper = await db.paper.findFirstOrThrow({ where: { isDemo: true }, orderBy: { id: "asc" }, select: { id: true, arxivId: true } });
    await page.goto(`/papers/${paper.arxivId}`);
    await page.getByRole("button", { name: /Upvote/ }).click();
    await expect(page.getByRole("button", { name: /Remove your upvote/ })).toBeVisible();
    await expect.poll(() => db.vote.count({ where: { paperId: paper.id, voterId: signed.voterId } })).toBe(1);
    expect((await context.cookies()).find((c) => c.name === "sd_voter")?.value).toBe(signed.cookie);
    await page.getByRole("button", { name: /Remove your upvote/ }).click();
    await expect(page.getByRole("button", { name: /^Upvote/ })).toBeVisible();
  } finally {
    await db.$disconnect();
  }
});
