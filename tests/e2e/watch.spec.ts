import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { e2eDb, e2eInfo, e2eMails, waitForMail } from "@/tests/helpers/e2e-db";
import { startFeedServer } from "@/tests/helpers/feed-server";

// Watch a paper from its page as a visitor does (an address, a confirmation mail), then its v2
// and a code link arrive through the real ingest (recorded feeds served over HTTP), the alerts run
// (`npm run digest -- --cadence alerts`, as an operator or the worker runs it) and exactly one alert
// arrives over SMTP. The paper is MoBiLE (arXiv 2510.12357, tests/fixtures/feeds/watch-*).

const PAPER = "2510.12357";

function run(args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const info = e2eInfo();
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: info.databaseUrl, SMTP_URL: info.smtpUrl, DATA_DIR: info.dataDir, APP_URL: info.appUrl, ...extraEnv };
  delete env.APP_SECRET;
  delete env.NODE_ENV;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", ...args], { env: env as NodeJS.ProcessEnv });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`npm run ${args.join(" ")}: exit ${code}\n${out}\n${err}`))));
  });
}
const lastJson = (output: string) => JSON.parse(output.trim().split("\n").at(-1)!);

test("watch a paper from its page, then its v2 and code link arrive: exactly one alert over SMTP", async ({ page, request }) => {
  test.setTimeout(180_000);
  const feeds = await startFeedServer();
  const ingest = (source: string, file: string, extra: string[] = []) => {
    feeds.on(source === "arxiv-rss" ? "/rss/cs.CL" : "/hf", { file, contentType: file.endsWith(".json") ? "application/json" : "application/xml" });
    return run(["ingest", "--", "--source", source, "--json", ...extra], { ARXIV_RSS_URL: `${feeds.url}/rss`, HF_API_URL: `${feeds.url}/hf`, INGEST_CATEGORIES: "cs.CL" });
  };
  const email = `watcher-${Date.now()}@example.org`;
  const db = e2eDb();
  try {
    expect(lastJson(await ingest("arxiv-rss", "watch-rss-v1.xml"))).toMatchObject({ failed: 0 });

    await page.goto(`/papers/${PAPER}`);
    await page.getByRole("button", { name: "Watch" }).click();
    const panel = page.getByRole("region", { name: "Watch this paper" });
    await panel.getByLabel("Your email address").fill("not-an-address");
    await panel.getByRole("button", { name: "Email me a link" }).click();
    await expect(panel.getByText("That doesn't look like an email address.")).toBeVisible();
    await panel.getByLabel("Your email address").fill(email);
    await panel.getByRole("button", { name: "Email me a link" }).click();
    await expect(panel.getByRole("status")).toContainText("Check your inbox");
    expect(await db.watch.count({ where: { subscriber: { email } } })).toBe(0);

    const confirmation = await waitForMail(email, /^Confirm watching “MoBiLE/);
    const link = confirmation.text.match(/https?:\/\/\S+\/watch\/[^\s\])]+/)![0];
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "Watch this paper" })).toBeVisible();
    expect(await db.watch.count({ where: { subscriber: { email } } })).toBe(0); // opening the link changes nothing
    await page.getByRole("button", { name: "Confirm and watch" }).click();
    await expect(page.getByRole("status")).toContainText("You are watching this paper");
    expect(await db.subscriber.findUniqueOrThrow({ where: { email } })).toMatchObject({ status: "active", cadence: "alerts" });

    // Nothing changed yet: no alert.
    expect(lastJson(await run(["digest", "--", "--cadence", "alerts", "--to", email]))).toMatchObject({ sent: 0 });
    expect(lastJson(await ingest("arxiv-rss", "watch-rss-v2.xml"))).toMatchObject({ updated: 1 });
    expect(lastJson(await ingest("hf-daily", "watch-hf-daily.json", ["--from", "2025-10-22", "--to", "2025-10-22"]))).toMatchObject({ updated: 1 });

    expect(lastJson(await run(["digest", "--", "--cadence", "alerts", "--to", email]))).toMatchObject({ sent: 1, failed: 0 });
    const alert = await waitForMail(email, /^Update on a paper you watch: MoBiLE/);
    expect(alert.text).toContain("New version: v2 (was v1)");
    expect(alert.text).toContain("Speedup: 1.6–1.72× faster → 1.6–1.95× faster");
    expect(alert.text).toContain("Code: https://github.com/mobile-moe/MoBiLE");
    expect(alert.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // Again this hour, and the next hour: nothing more.
    expect(lastJson(await run(["digest", "--", "--cadence", "alerts", "--to", email]))).toMatchObject({ sent: 0, alreadyDone: 1 });
    const nextHour = new Date(Date.now() + 3_600_000).toISOString();
    expect(lastJson(await run(["digest", "--", "--cadence", "alerts", "--to", email, "--now", nextHour]))).toMatchObject({ sent: 0 });
    const alerts = (await e2eMails()).filter((m) => m.to === email && /^Update on a paper you watch/.test(m.subject));
    expect(alerts).toHaveLength(1);

    // The alert's manage link: the paper is listed; this browser can watch in one click from now on.
    const manage = alert.text.match(/https?:\/\/\S+\/manage\/[^\s\])]+/)![0];
    await page.goto(new URL(manage).pathname);
    const watched = page.getByRole("region", { name: "Papers you watch" });
    await expect(watched.getByRole("link", { name: /^MoBiLE: Efficient Mixture-of-Experts Inference on Consumer GPUs/ })).toBeVisible();
    await expect(page.getByRole("radio", { name: "No digest: only alerts about papers I watch" })).toBeChecked();
    await watched.getByRole("button", { name: "Watch in one click from paper pages in this browser" }).click();
    await expect(watched.getByText("paper pages in this browser now have a one-click Watch button")).toBeVisible();

    await page.goto(`/papers/${PAPER}`);
    const toggle = page.getByRole("button", { name: "Watching" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(page.getByRole("button", { name: "Watch", exact: true })).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => db.watch.count({ where: { subscriber: { email } } })).toBe(0);
    await page.getByRole("button", { name: "Watch", exact: true }).click();
    await expect(page.getByRole("button", { name: "Watching" })).toBeVisible();
    await expect.poll(() => db.watch.count({ where: { subscriber: { email } } })).toBe(1);

    // Stop watching from the manage page.
    await page.goto(new URL(manage).pathname);
    await page.getByRole("region", { name: "Papers you watch" }).getByRole("button", { name: "Stop watching" }).click();
    await expect(page.getByText("Stopped watching.")).toBeVisible();
    await expect.poll(() => db.watch.count({ where: { subscriber: { email } } })).toBe(0);

    // The API with the same manage link.
    const token = new URL(manage).pathname.split("/").at(-1)!;
    const watchedByApi = await request.post("/api/watches", { headers: { Authorization: `Bearer ${token}` }, data: { paper: `https://arxiv.org/abs/${PAPER}v2` } });
    expect(watchedByApi.status()).toBe(200);
    expect(await watchedByApi.json()).toMatchObject({ arxivId: PAPER, watching: true });
    const list = await request.get("/api/watches", { headers: { Authorization: `Bearer ${token}` } });
    expect((await list.json()).watches).toMatchObject([{ arxivId: PAPER, version: 2 }]);
  } finally {
    await db.$disconnect();
    await feeds.close();
  }
});

test("bad watch requests: a clear message, 400 from the API, nothing stored", async ({ page, request }) => {
  const db = e2eDb();
  try {
    const before = await Promise.all([db.watch.count(), db.subscriber.count()]);
    const unknown = await request.post("/api/watches/request", { data: { email: "someone@example.org", paper: "2401.99999" } });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toBe("paper: We don't have that paper. Check the arXiv id.");
    const badRef = await request.post("/api/watches/request", { data: { email: "someone@example.org", paper: "<script>" } });
    expect(badRef.status()).toBe(400);
    const tampered = await request.post("/api/watches", { headers: { Authorization: "Bearer manage.00000000-0000-0000-0000-000000000000.9999999999.0.forged" }, data: { paper: "demo/0001" } });
    expect(tampered.status()).toBe(400);
    expect((await tampered.json()).error).toMatch(/^token: This link is not valid/);
    expect(await Promise.all([db.watch.count(), db.subscriber.count()])).toEqual(before);

    await page.goto("/watch/watch.00000000-0000-0000-0000-000000000000.1.9999999999.0.forged");
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expect(page.getByText("This link is not valid. Use the newest link from your email.")).toBeVisible();
  } finally {
    await db.$disconnect();
  }
});
