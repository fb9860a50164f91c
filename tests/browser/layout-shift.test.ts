// No layout shift: every page type in both languages, on a phone and a desktop screen, loads without moving what is shown.
import * as assert from "uvu/assert";
import { servedSiteSuite } from "../helpers/browser.ts";
import { layoutShifts, recordLayoutShifts } from "../helpers/layout-shifts.ts";
import { everyPage } from "./pages.ts";
import { cardsInFirstRow } from "../../_includes/components/ArticleCard.tsx";

const screens = { phone: { width: 412, height: 823 }, desktop: { width: 1350, height: 940 } };

const layout = servedSiteSuite("layout shift", { withProjectContent: true });

for (const [screen, viewport] of Object.entries(screens)) {
  for (const url of everyPage) {
    layout(`${url} on a ${screen} moves nothing while it loads`, async ({ server, browser }) => {
      const { page } = await browser.open("about:blank", { viewport });
      await recordLayoutShifts(page);
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
      if (url.includes("/search/")) await page.locator("[data-search-results] li").first().waitFor({ timeout: 15_000 });
      const shifts = await layoutShifts(page);
      assert.equal(shifts, [], `${url} shifted: ${JSON.stringify(shifts)}`);
      await page.context().close();
    });
  }
}

layout("the card grid's widest row has as many cards as load at once, however wide the screen", async ({ server, browser }) => {
  for (const width of [1350, 1920, 2560]) {
    const { page } = await browser.open(`${server.url}/ru/`, { viewport: { width, height: 1000 } });
    const tops = await page.locator(".card-grid > .card").evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
    assert.is(tops.filter((top) => top === tops[0]).length, cardsInFirstRow, `${width} px`);
    await page.context().close();
  }
});

layout(
  "a hero's focus moves its 16:9 frames, on its page and on the home; a centred hero stays in the middle",
  async ({ server, browser }) => {
    // content/ru/blog/eu-ai-act-deadlines.md says heroFocus: "20% 50%"; rust-in-ml-tooling says none.
    const positionOf = async (url: string, selector: string): Promise<string> => {
      const { page } = await browser.open(`${server.url}${url}`, { viewport: screens.desktop });
      const position = await page
        .locator(selector)
        .first()
        .evaluate((img) => getComputedStyle(img).objectPosition);
      await page.context().close();
      return position;
    };
    assert.is(await positionOf("/ru/blog/eu-ai-act-deadlines/", ".hero img"), "20% 50%");
    assert.is(await positionOf("/ru/", '.card:has(a[href="/ru/blog/eu-ai-act-deadlines/"]) img'), "20% 50%");
    assert.is(await positionOf("/ru/blog/rust-in-ml-tooling/", ".hero img"), "50% 50%");
  },
);

layout.run();
