// No layout shift: every page type in both languages, on a phone and a desktop screen, loads without moving what is shown.
import * as assert from "uvu/assert";
import { servedSiteSuite } from "../helpers/browser.ts";
import { everyPage } from "./pages.ts";

interface Shift {
  value: number;
  moved: string[];
}

const screens = { phone: { width: 412, height: 823 }, desktop: { width: 1350, height: 940 } };

const layout = servedSiteSuite("layout shift", { withProjectContent: true });

for (const [screen, viewport] of Object.entries(screens)) {
  for (const url of everyPage) {
    layout(`${url} on a ${screen} moves nothing while it loads`, async ({ server, browser }) => {
      const { page } = await browser.open("about:blank", { viewport });
      // Recorded from the first paint on, as Chromium reports them to the page (the same entries CLS is made of).
      await page.addInitScript(() => {
        const shifts: Shift[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Array<{ node?: Node | null }> }>) {
            const moved = (entry.sources ?? []).map(({ node }) =>
              node instanceof Element ? node.outerHTML.slice(0, 120) : String(node?.textContent ?? "").slice(0, 120),
            );
            shifts.push({ value: entry.value, moved });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
      if (url.includes("/search/")) await page.locator("[data-search-results] li").first().waitFor({ timeout: 15_000 });
      // Two frames, so a shift caused by the last change is reported before it is read.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
      assert.equal(shifts, [], `${url} shifted: ${JSON.stringify(shifts)}`);
      await page.context().close();
    });
  }
}

layout.run();
