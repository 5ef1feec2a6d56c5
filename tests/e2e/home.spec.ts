import { expect, test } from "@playwright/test";

test("the first page lists the demo papers from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(20);
  await expect(page.getByText("Efficiently Editing Mixture-of-Experts Models with Compressed Experts")).toBeVisible();
  await expect(page.getByText("Demo", { exact: true }).first()).toBeVisible();
});
