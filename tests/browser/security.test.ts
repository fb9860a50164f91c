// The Content-Security-Policy a host sends from _headers (and the <meta> copy) blocks nothing the site itself needs.
import * as assert from "uvu/assert";
import { servedSiteSuite } from "../helpers/browser.ts";
import { everyPage } from "./pages.ts";

const csp = servedSiteSuite("content security policy", { withProjectContent: true });

csp("every page is served with the policy as a header", async ({ server }) => {
  const response = await fetch(`${server.url}/ru/`);
  const policy = response.headers.get("content-security-policy") ?? "";
  assert.match(policy, "default-src 'none'");
  assert.match(policy, "frame-ancestors 'none'");
  assert.not.match(policy, "'unsafe-inline'");
});

for (const url of everyPage) {
  csp(`${url} loads under the policy without a violation or console error`, async ({ server, browser }) => {
    const violations: string[] = [];
    const { page, errors } = await browser.open("about:blank");
    page.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });
    assert.equal(violations, []);
    // The 404 pages are loaded directly, so their own 404 status is expected; anything else is an error.
    assert.equal(
      errors.filter((error) => !/404/.test(error) || !url.includes("404")),
      [],
    );
    await page.context().close();
  });
}

csp("search runs under the policy: scripts, WebAssembly and index requests are allowed", async ({ server, browser }) => {
  const { page, errors } = await browser.open(`${server.url}/ru/search/?q=${encodeURIComponent("модели")}`);
  await page.locator("[data-search-results] li a").first().waitFor({ timeout: 15_000 });
  assert.ok((await page.locator("[data-search-results] li a").count()) > 0);
  assert.equal(errors, []);
  await page.context().close();
});

csp("an injected inline script would be refused", async ({ server, browser }) => {
  const { page } = await browser.open(`${server.url}/en/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  assert.is(ran, false);
  await page.context().close();
});

csp.run();
