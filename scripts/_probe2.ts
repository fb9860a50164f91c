import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath } from "../tests/helpers/chromium.ts";
import { serveSite } from "../tests/helpers/static-server.ts";
import { build } from "../tests/helpers/site.ts";
const site = build({ fixture: "search" });
const server = await serveSite(site.output);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(`${server.url}${encodeURI(q)}`);
  await page.waitForFunction(
    () =>
      (document.querySelector("[data-search-status]")?.textContent ?? "") !== "" &&
      document.querySelector("[data-search-results]")?.getAttribute("aria-busy") !== "true",
  );
  const marks = await page.locator(".search-result mark").allInnerTexts();
  const urls = await page.locator(".search-result h2 a").evaluateAll((ls) => ls.map((l) => l.getAttribute("href")));
  console.log(q, "|", await page.locator("[data-search-status]").innerText(), "|", marks.slice(0, 6).join(","), "|", urls.join(" "));
}
await browser.close();
await server.close();
