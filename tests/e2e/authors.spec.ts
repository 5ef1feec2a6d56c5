import { expect, test } from "@playwright/test";
import { e2eDb, waitForMail } from "@/tests/helpers/e2e-db";

const CRON = { Authorization: "Bearer e2e-cron-secret-e2e-cron-secret" };

const linkIn = (text: string, path: string) => new URL(text.match(new RegExp(`https?://\\S+/${path}/[^\\s\\])]+`))![0]).pathname;

test("exclude a technique and a word with the filter bar's chips, then take them back", async ({ page }) => {
  await page.goto("/?window=all");
  const cards = page.locator("article h2");
  await expect(cards.first()).toBeVisible();
  expect(await page.locator('article a[href="/topics/distillation"]').count()).toBeGreaterThan(0);

  const leaveOut = page.getByRole("search", { name: "Leave out" });
  await leaveOut.getByLabel("Leave out a technique or word").fill("distillation");
  await leaveOut.getByRole("button", { name: "Leave out" }).click();
  await expect(page).toHaveURL(/exclude=distillation/);
  await expect(page.getByRole("link", { name: "Stop leaving out Distillation" })).toBeVisible();
  // No card carries the technique any more (its chips link to /topics/distillation).
  await expect(page.locator('article a[href="/topics/distillation"]')).toHaveCount(0);

  const title = (await cards.first().innerText()).trim();
  const word = title.split(/[^A-Za-z]+/).filter((w) => w.length >= 6 && !["quantization", "distillation", "pruning"].includes(w.toLowerCase())).sort((a, b) => b.length - a.length)[0];
  await page.getByRole("search", { name: "Leave out" }).getByLabel("Leave out a technique or word").fill(word);
  await page.getByRole("search", { name: "Leave out" }).getByRole("button", { name: "Leave out" }).click();
  await expect(page.getByRole("link", { name: `Stop leaving out “${word.toLowerCase()}”` })).toBeVisible();
  await expect(page).toHaveURL(/exclude=distillation/); // both at once
  await expect(page.locator("article h2", { hasText: title })).toHaveCount(0);
  // Every card says why it is there.
  await expect(page.getByTestId("why").first()).toContainText(/upvote|no votes yet/);

  await page.getByRole("link", { name: `Stop leaving out “${word.toLowerCase()}”` }).click();
  await expect(page.locator("article h2", { hasText: title }).first()).toBeVisible();
  await page.getByRole("link", { name: "Stop leaving out Distillation" }).click();
  await expect(page).not.toHaveURL(/exclude=/);
});

test("follow an author from their page, confirm from the inbox, and get “From authors you follow” in the digest", async ({ page, request }) => {
  const stamp = Date.now();
  const email = `follower-${stamp}@example.org`;
  const db = e2eDb();
  try {
    // A paper of last week (the weekly digest's period) by an author nobody else has, outside the subscriber's techniques.
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    const arxivId = `2611.${String(stamp % 100_000).padStart(5, "0")}`;
    const title = `Pruning experts without retraining ${stamp}`;
    await db.paper.create({ data: { arxivId, title, abstract: "We prune experts.", publishedAt: lastWeek, authors: [`Ada Lövelace${stamp}`,
      "Charles Babbage"], techniques: ["pruning"], categories: ["cs.LG"], codeUrls: [] } });
    const key = `ada-lovelace${stamp}`;

    // Subscribe to MoE only, and confirm.
    await page.goto("/");
    const form = page.getByRole("region", { name: "Get trending papers in your email inbox" });
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("checkbox", { name: "MoE" }).check();
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByRole("status")).toContainText("Check your inbox");
    await page.goto(linkIn((await waitForMail(email, /Confirm your Sparse Digest subscription/)).text, "confirm"));
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("status")).toContainText("Subscription confirmed");

    // Names on the paper page link to the author page (any spelling lands on the key).
    await page.goto(`/papers/${arxivId}`);
    await page.getByRole("link", { name: `Ada Lövelace${stamp}` }).click();
    await expect(page).toHaveURL(new RegExp(`/authors/${key}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ada Lövelace${stamp}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.locator('a[data-feed="RSS"]')).toHaveAttribute("href", new RegExp(`author=${key}`));
    const spelled = await request.get(`/authors/${encodeURIComponent(`ADA  LOVELACE${stamp}`)}`, { maxRedirects: 0 });
    expect(spelled.status()).toBe(308);
    expect(spelled.headers().location).toContain(`/authors/${key}`);
    expect((await request.get("/authors/%E2%80%AE%E2%80%8B")).status()).toBe(404);

    // Follow by address: the page says the same as for anyone; the mail carries the manage link.
    const follow = page.getByRole("region", { name: `Follow Ada Lövelace${stamp}` });
    await follow.getByLabel("Email address").fill(email);
    await follow.getByRole("button", { name: "Follow" }).click();
    await expect(follow.getByRole("status")).toContainText("Check your inbox");
    const asked = await waitForMail(email, /Confirm: follow Ada/);
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(await db.authorFollow.findFirst({ where: { subscriberId: subscriber.id } })).toMatchObject({ authorKey: key, confirmedAt: null });
    await page.goto(linkIn(asked.text, "manage"));
    await page.getByRole("button", { name: `Follow Ada Lövelace${stamp}` }).click();
    await expect(page.getByText("Confirmed.")).toBeVisible();
    expect((await db.authorFollow.findFirstOrThrow({ where: { subscriberId: subscriber.id } })).confirmedAt).not.toBeNull();

    // From the manage page: by name, at once; an unknown one is refused with a reason.
    await page.reload();
    await page.getByLabel("Author's name").fill("Nobody Atall Xyz");
    await page.getByRole("button", { name: "Follow author" }).click();
    await expect(page.getByText("We have no paper by that author")).toBeVisible();
    await page.getByLabel("Author's name").fill("charles babbage");
    await page.getByRole("button", { name: "Follow author" }).click();
    await expect(page.getByText("You follow Charles Babbage.")).toBeVisible();

    // Saved exclusions: a 10 KB list is refused and nothing is stored; a real one is saved.
    await page.getByLabel("Leave out").fill("diffusion,".repeat(1_000));
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByText(/Leave out at most 20 terms/)).toBeVisible();
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).excludes).toEqual([]);
    await page.getByLabel("Leave out").fill('diffusion, "survey"');
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByText("Preferences saved.")).toBeVisible();
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).excludes).toEqual(["diffusion", "survey"]);

    // The digest, over the e2e server's real SMTP server.
    expect((await request.get("/api/cron/digest?cadence=weekly", { headers: CRON })).status()).toBe(200);
    const digest = await waitForMail(email, /from authors you follow/);
    const [, section] = digest.text.split(/From authors you follow/i);
    expect(section).toContain(title);
    expect(section).toContain(`Pruning & sparsity · by Ada Lövelace${stamp}, whom you follow · new this week, no votes yet`);
    expect(await db.digestDelivery.count({ where: { subscriberId: subscriber.id, status: "sent" } })).toBe(1);
  } finally {
    await db.$disconnect();
  }
});
