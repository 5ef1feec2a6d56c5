import { expect, test } from "@playwright/test";
import { e2eDb } from "@/tests/helpers/e2e-db";

// Public pages are rendered once and shared by every visitor until their data changes
// (lib/web/cached-handler.ts). What must hold: nobody sees another browser's votes, and a change
// made anywhere (a vote here, an ingest in the worker) shows on the next load.

test("a cached page is shared, but each browser sees only its own votes", async ({ page, browser }) => {
  const first = (p: typeof page) => p.getByRole("article").first();
  await page.goto("/?window=all");
  const count = Number(await first(page).getByTestId("vote-count").innerText());
  await first(page).getByRole("button", { name: /^Upvote/ }).click();
  await expect(first(page).getByRole("button", { name: /Remove your upvote/ })).toBeVisible();
  await page.waitForLoadState("networkidle");

  const again = await page.goto("/?window=all");
  expect(again?.headers()["x-page-cache"]).toBe("miss"); // the vote ended the cached copy
  await expect(first(page).getByTestId("vote-count")).toHaveText(String(count + 1));
  await expect(first(page).getByRole("button", { name: /Remove your upvote/ })).toBeVisible();

  const stranger = await browser.newContext();
  const theirs = await stranger.newPage();
  const shared = await theirs.goto("/?window=all");
  expect(shared?.headers()["x-page-cache"]).toBe("hit");
  await expect(first(theirs).getByTestId("vote-count")).toHaveText(String(count + 1));
  await theirs.waitForLoadState("networkidle");
  await expect(first(theirs).getByRole("button", { name: /^Upvote/ })).toBeVisible();
  await stranger.close();

  await first(page).getByRole("button", { name: /Remove your upvote/ }).click();
  await expect(first(page).getByTestId("vote-count")).toHaveText(String(count));
});

test("a change written by another process shows on the next load", async ({ page }) => {
  const db = e2eDb();
  try {
    await page.goto("/papers/demo/0002");
    expect((await page.goto("/papers/demo/0002"))?.headers()["x-page-cache"]).toBe("hit");
    const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: "demo/0002" }, select: { title: true } });
    await db.paper.update({ where: { arxivId: "demo/0002" }, data: { title: `${paper.title} (v2)` } });
    await expect(async () => {
      await page.goto("/papers/demo/0002");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("(v2)", { timeout: 100 });
    }).toPass({ timeout: 5_000 });
    await db.paper.update({ where: { arxivId: "demo/0002" }, data: { title: paper.title } });
  } finally {
    await db.$disconnect();
  }
});
