import { expect, test } from "@playwright/test";
import { e2eDb } from "@/tests/helpers/e2e-db";

test("results at a glance: the card line with its sentence, the paper table, a flag, the comparison table and filters", async ({ page }) => {
  await page.goto("/?window=all&q=MC-MoE");
  const card = page.getByRole("article").filter({ hasText: "MC-MoE: Mixture Compressor" });
  const line = card.getByLabel("Reported results");
  await expect(line).toContainText("2.54 bits");
  await line.locator("[tabindex=\"0\"]", { hasText: "2.54 bits" }).first().focus();
  await expect(card.getByRole("tooltip").first()).toBeVisible();
  await expect(card.getByRole("tooltip").first()).toContainText("For instance, at 2.54 bits");

  await page.goto("/papers/demo/0003");
  const table = page.getByRole("region", { name: "Results at a glance" });
  await expect(table.getByRole("rowheader", { name: "Bits" })).toBeVisible();
  await expect(table.locator("mark", { hasText: "2.54 bits" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Abstract" }).locator("mark", { hasText: "2.54 bits" })).toBeVisible();

  await table.getByRole("button", { name: "Report 2.54 bits as wrong" }).click();
  await expect(table.getByText("Thanks, noted.")).toBeVisible();
  const db = e2eDb();
  try {
    const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: "demo/0003" } });
    expect(await db.factFlag.count({ where: { paperId: paper.id, factKey: "bits:2.54" } })).toBe(1);
  } finally {
    await db.$disconnect();
  }

  await page.goto("/topics/quantization?window=all");
  const compare = page.getByRole("region", { name: "Reported results, side by side" });
  await expect(compare.getByRole("row").filter({ hasText: "MC-MoE" })).toContainText("2.54 bits");
  await compare.getByRole("link", { name: "Bits" }).click();
  await expect(page).toHaveURL(/sort=bits/);

  await page.goto("/?window=all&bits=%3C%3D3");
  await expect(page.getByText("bits ≤ 3")).toBeVisible();
  for (const line of await page.getByLabel("Reported results").all()) await expect(line).toContainText(/bit/);
  await page.getByRole("link", { name: /bits ≤ 3/ }).click();
  await expect(page).not.toHaveURL(/bits=/);
});
