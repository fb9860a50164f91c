// The header on a phone and a desktop screen: the search field shows its whole placeholder, and a header that arrives
// in pieces (a slow network, a busy parser) is painted without moving what was painted first.
import * as assert from "uvu/assert";
import { serveSite, servedSiteSuite } from "../helpers/browser.ts";
import { layoutShifts, recordLayoutShifts } from "../helpers/layout-shifts.ts";

const screens = { phone: { width: 412, height: 823 }, desktop: { width: 1280, height: 900 } };
const pages = ["/ru/", "/en/categories/ai-news/"];
// The header's parts after the first, in their order: the page stalls just before each in turn.
const cuts = ['<nav class="site-nav"', '<form class="search-form"', '<nav class="language-switcher"'];

const header = servedSiteSuite("header", { withProjectContent: true });

for (const [screen, viewport] of Object.entries(screens)) {
  for (const url of pages) {
    header(`${url} on a ${screen}: the search field shows its whole placeholder`, async ({ server, browser }) => {
      const { page } = await browser.open(`${server.url}${url}`, { viewport });
      // The placeholder cannot be measured; the same text typed into the field can: it fits when the field need not scroll.
      const { placeholder, fits } = await page.evaluate(() => {
        const field = document.querySelector<HTMLInputElement>("#site-search");
        if (!field) return { placeholder: "", fits: false };
        field.value = field.placeholder;
        return { placeholder: field.placeholder, fits: field.scrollWidth <= field.clientWidth };
      });
      assert.ok(placeholder.length > 0, "the field has a placeholder");
      assert.ok(fits, `«${placeholder}» is cut off`);
      await page.context().close();
    });

    for (const cut of cuts) {
      header(`${url} on a ${screen}: painted while stalled before ${cut}, the header then moves nothing`, async ({ site, browser }) => {
        const slow = await serveSite(site.output, { pause: { before: cut, ms: 400 } });
        try {
          const { page } = await browser.open("about:blank", { viewport });
          await recordLayoutShifts(page);
          await page.goto(`${slow.url}${url}`, { waitUntil: "load" });
          const shifts = await layoutShifts(page);
          assert.equal(shifts, [], `${url} shifted: ${JSON.stringify(shifts)}`);
          await page.context().close();
        } finally {
          await slow.close();
        }
      });
    }
  }
}

header.run();
