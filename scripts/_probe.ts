import { chromium } from "playwright-core";
import { chromiumFlags, chromiumPath } from "../tests/helpers/chromium.ts";
import { serveSite } from "../tests/helpers/static-server.ts";
const server = await serveSite("/work/main/_site");
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto(`${server.url}${q}`);
  await page.waitForTimeout(2000);
  const status = await page.locator("[data-search-status]").innerText();
  const marks = await page.locator(".search-result mark").allInnerTexts();
  console.log(q, "|", status, "|", marks.slice(0, 8).join(","));
}
await browser.close();
await server.close();
