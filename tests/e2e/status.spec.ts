import { expect, test } from "@playwright/test";

// The e2e server starts on a fresh database (demo papers, no ingest runs yet): the page must
// still list every source and explain how to fill it. Rendering with runs is covered by
// tests/lib/ingest/status-queries.test.ts and the screenshot in docs/ingest.md.
test("the status page lists every source and the empty run history", async ({ page }) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1, name: "Ingest status" })).toBeVisible();
  for (const name of ["arXiv listings (RSS)", "arXiv API (metadata)", "Hugging Face daily papers"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText("no runs yet")).toHaveCount(3);
  await expect(page.getByText("No ingest has run yet.")).toBeVisible();
  // Scoped to <main>: Next.js adds its own route announcer with role="alert".
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});
