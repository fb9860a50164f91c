// axe-core in real Chromium: every page type in both languages, in light and dark mode, has no violation.
import { createRequire } from "node:module";
import * as assert from "uvu/assert";
import { servedSiteSuite } from "../helpers/browser.ts";
import { everyPage } from "./pages.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const a11y = servedSiteSuite("accessibility", { withProjectContent: true });

for (const colorScheme of ["light", "dark"] as const) {
  for (const url of everyPage) {
    a11y(`${url} (${colorScheme}) has no axe violation`, async ({ server, browser }) => {
      // axe is injected as a script, which the site's own policy would rightly refuse.
      const { page } = await browser.open("about:blank", { bypassCSP: true, colorScheme });
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
      if (url.includes("/search/")) await page.locator("[data-search-results] li").first().waitFor({ timeout: 15_000 });
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations.map((violation) => ({
          id: violation.id,
          help: violation.help,
          nodes: violation.nodes.map((node) => ({ target: node.target })),
        }));
      });
      assert.equal(
        violations.map(
          (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
        [],
      );
      await page.context().close();
    });
  }
}

a11y.run();
