import { expect, test } from "@playwright/test";
import { e2eDb, e2eMails } from "@/tests/helpers/e2e-db";

const CRON = { Authorization: "Bearer e2e-cron-secret-e2e-cron-secret" };

async function waitForMail(to: string, subject: RegExp) {
  for (let i = 0; i < 50; i++) {
    const mail = (await e2eMails()).filter((m) => m.to === to && subject.test(m.subject)).at(-1);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

test("subscribe → confirm in the browser → digest of exactly my techniques → manage → one-click unsubscribe", async ({ page, request }) => {
  const email = `reader-${Date.now()}@example.org`;
  await page.goto("/");
  const form = page.getByRole("region", { name: "Get trending papers in your email inbox" });
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox", { name: "MoE" }).check();
  await form.getByLabel("How often").selectOption("weekly");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("status")).toContainText("Check your inbox");

  const confirmation = await waitForMail(email, /Confirm your Sparse Digest subscription/);
  const confirmLink = confirmation.text.match(/https?:\/\/\S+\/confirm\/[^\s\])]+/)![0];
  // Opening the link changes nothing; the button does.
  await page.goto(new URL(confirmLink).pathname);
  const db = e2eDb();
  try {
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("status")).toContainText("Subscription confirmed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("active");

    const run = await request.get("/api/cron/digest?cadence=weekly", { headers: CRON });
    expect(run.status()).toBe(200);
    const digest = await waitForMail(email, /trending paper/);
    const moePapers = await db.paper.findMany({ where: { techniques: { has: "moe" } }, select: { title: true } });
    const others = await db.paper.findMany({ where: { NOT: { techniques: { has: "moe" } } }, select: { title: true } });
    expect(moePapers.some((p) => digest.text.includes(p.title))).toBe(true);
    expect(others.some((p) => digest.text.includes(p.title))).toBe(false);
    expect(digest.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    const manageLink = digest.text.match(/https?:\/\/\S+\/manage\/[^\s\])]+/)![0];
    await page.goto(new URL(manageLink).pathname);
    await page.getByRole("group", { name: "Techniques", exact: true }).getByRole("checkbox", { name: "KV cache" }).check();
    await page.getByRole("radio", { name: "Daily" }).check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("status").first()).toContainText("Preferences saved");
    expect(await db.subscriber.findUniqueOrThrow({ where: { email } })).toMatchObject({ techniques: ["kv-cache", "moe"], cadence: "daily" });

    const oneClick = digest.header("list-unsubscribe")!.match(/<(https?:[^>]+)>/)![1];
    const unsubscribed = await request.post(new URL(oneClick).pathname, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(unsubscribed.status()).toBe(200);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("unsubscribed");
  } finally {
    await db.$disconnect();
  }
});

test("bad input on the subscribe form and API: clear messages, nothing stored", async ({ page, request }) => {
  await page.goto("/about/ranking");
  const form = page.getByRole("region", { name: "Get trending papers in your email inbox" });
  await form.getByLabel("Email address").fill("not-an-address");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByText("That doesn't look like an email address.")).toBeVisible();
  await expect(form.getByLabel("Email address")).toHaveValue("not-an-address");

  const injected = await request.post("/api/subscribe", { data: { email: "a@example.org\r\nBcc: b@example.org", topics: ["moe"], cadence: "weekly" } });
  expect(injected.status()).toBe(400);
  const unknown = await request.post("/api/subscribe", { data: { email: "a@example.org", topics: ["blockchain"], cadence: "weekly" } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toMatch(/^topics: Unknown technique/);
  const tampered = await request.post("/api/unsubscribe/manage.00000000-0000-0000-0000-000000000000.9999999999.0.forged");
  expect(tampered.status()).toBe(400);
  await page.goto("/manage/manage.00000000-0000-0000-0000-000000000000.9999999999.0.forged");
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});
