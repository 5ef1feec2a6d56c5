import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";

// Reading list and read marks live in the browser (localStorage); pages stay the same for
// everyone and apply them after load. These flows run in real Chromium against the production build.

const idOf = async (page: Page, index: number) => {
  const href = await page.getByRole("article").nth(index).getByRole("heading").getByRole("link").getAttribute("href");
  return href!.replace(/^\/papers\//, "");
};
const stored = (page: Page) => page.evaluate(() => localStorage.getItem("sparse-digest:reading-list"));

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
}

test("reading list: star two papers, mark one read, hide read, /saved, BibTeX, a restore link in a fresh browser, the list's feed", async ({ page, browser, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?window=all");
  const cards = page.getByRole("article");
  const [first, second] = [await idOf(page, 0), await idOf(page, 1)];
  const firstTitle = await cards.nth(0).getByRole("heading").innerText();
  const secondTitle = await cards.nth(1).getByRole("heading").innerText();

  for (const card of [cards.nth(0), cards.nth(1)]) {
    const star = card.getByRole("button", { name: "Save to reading list" });
    await expect(star).toHaveAttribute("aria-pressed", "false");
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
  }
  const read = cards.nth(0).getByRole("button", { name: "Mark as read" });
  await read.click();
  await expect(read).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Saved (2 papers)" })).toBeVisible();

  // Hide read: the read paper leaves this list (and every other), and stays hidden after a reload.
  const hideRead = page.getByRole("switch", { name: "Hide read" });
  await hideRead.click();
  await expect(hideRead).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("article").filter({ hasText: firstTitle })).toBeHidden();
  await expect(page.getByText("1 hidden")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: firstTitle })).toBeHidden();
  await expect(page.getByRole("article").first().getByRole("button", { name: "Save to reading list" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/topics/moe?window=all");
  await expect(page.getByRole("switch", { name: "Hide read" })).toHaveAttribute("aria-checked", "true");

  // The paper page shares the same state.
  await page.goto(`/papers/${second}`);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Mark read" })).toHaveAttribute("aria-pressed", "false");

  // /saved from the header: the list, newest first, its ids in the URL.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Saved/ }).click();
  await expect(page).toHaveURL(new RegExp(`/saved\\?ids=${second},${first}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Reading list" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1); // the read one is hidden here too
  await page.getByRole("switch", { name: "Hide read" }).click();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Shared reading list" })).toHaveCount(0);

  const bib = await downloadText(page, () => page.getByRole("link", { name: "BibTeX" }).click());
  expect(bib.name).toBe("reading-list.bib");
  expect(bib.text).toMatch(/^% Sparse Digest: a reading list of 2 papers\n% http:\/\/localhost:\d+\/saved\?ids=/);
  expect(bib.text.match(/^@misc\{/gm)).toHaveLength(2);
  const titles = [...bib.text.matchAll(/^ {2}title = \{(.*)\},$/gm)].map((m) => m[1].replace(/\\(.)/g, "$1"));
  expect(titles).toEqual([secondTitle, firstTitle]);

  const feed = await (await request.get(`/feed.json?ids=${second},${first}`)).json();
  expect(feed.title).toBe("Sparse Digest: a reading list of 2 papers");
  expect(feed.items.map((i: { title: string }) => i.title)).toEqual([secondTitle, firstTitle]);
  const rssHref = await page.getByRole("link", { name: "RSS" }).getAttribute("href");
  expect(rssHref).toBe(`/feed.xml?ids=${second},${first}`);
  expect(await (await request.get(rssHref!)).text()).toContain("<title>Sparse Digest: a reading list of 2 papers</title>");

  await page.getByRole("button", { name: "Copy link to this list" }).click();
  await expect(page.getByRole("button", { name: "Copied!" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^http://localhost:\\d+/saved\\?ids=${second},${first}$`));

  // Another browser: the link shows the list and stores it only when asked.
  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    await other.goto(link);
    await expect(other.getByRole("article")).toHaveCount(2);
    const shared = other.getByRole("region", { name: "Shared reading list" });
    await expect(shared).toContainText("A reading list of 2 papers, shared by link.");
    expect(await stored(other)).toBeNull();
    await shared.getByRole("button", { name: "Save this list in this browser" }).click();
    await expect(other.getByRole("status")).toHaveText("Saved 2 papers in this browser. Your reading list has 2 papers.");
    expect(JSON.parse((await stored(other))!)).toMatchObject({ saved: [second, first], read: [] });
    await other.goto("/saved");
    await expect(other).toHaveURL(new RegExp(`/saved\\?ids=${second},${first}$`));
    await expect(other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Saved (2 papers)" })).toBeVisible();
  } finally {
    await elsewhere.close();
  }

  // Unstarring on /saved keeps the card until asked, so a slip can be undone.
  await page.getByRole("article").first().getByRole("button", { name: "Save to reading list" }).click();
  await page.getByRole("button", { name: "Show it now" }).click();
  await expect(page).toHaveURL(new RegExp(`/saved\\?ids=${first}$`));
});

test("a tampered or oversized restore link: a clear message, nothing stored; the API and feeds answer 400", async ({ page, request }) => {
  for (const [ids, reason] of [
    ["demo/0001,2501.99999", "no paper here with arXiv id 2501.99999"],
    ["demo/0001,demo/0002v2", "“demo/0002v2” is not an arXiv id"],
    ["demo/0001,".repeat(1_100), "at most 200 arXiv ids"],
  ]) {
    await page.goto(`/saved?ids=${ids}`);
    const alert = page.getByRole("alert").filter({ hasText: "not valid" });
    await expect(alert).toContainText("This reading-list link is not valid, so nothing was saved.");
    await expect(alert).toContainText(reason);
    await expect(page.getByRole("article")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Save this list/ })).toHaveCount(0);
    expect(await stored(page)).toBeNull();
    for (const path of ["/api/papers", "/feed.xml", "/feed.atom", "/feed.json", "/feed.bib"]) {
      const response = await request.get(`${path}?ids=${ids}`);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error, path).toContain(reason);
    }
  }
});

test("BibTeX of a filtered view: the control beside the feed links downloads the papers shown", async ({ page }) => {
  await page.goto("/?window=all&topics=kv-cache");
  const control = page.getByRole("link", { name: "BibTeX" });
  await expect(control).toHaveAttribute("href", "/feed.bib?window=all&topics=kv-cache");
  const titles = await page.getByRole("article").getByRole("heading").allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  const bib = await downloadText(page, () => control.click());
  expect(bib.name).toBe("sparse-digest.bib");
  expect(bib.text.split("\n")[0]).toBe("% Sparse Digest: All time, KV cache");
  expect([...bib.text.matchAll(/^ {2}title = \{(.*)\},$/gm)].map((m) => m[1].replace(/\\(.)/g, "$1"))).toEqual(titles);
  const keys = [...bib.text.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
  expect(new Set(keys).size).toBe(titles.length);
});
