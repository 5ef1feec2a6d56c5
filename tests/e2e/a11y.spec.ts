import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Automated accessibility check (WCAG 2.1 A/AA rules of axe) on the main pages, light and dark.
for (const scheme of ["light", "dark"] as const) {
  for (const path of ["/", "/?window=all&topics=moe&q=experts", "/papers/demo/0003", "/topics/quantization", "/about/ranking", "/status", "/saved", "/saved?ids=demo/0003,demo/0001", "/saved?ids=demo/0001,2501.99999"]) {
    test(`${path} has no accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }
}
