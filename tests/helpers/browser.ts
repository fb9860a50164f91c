// Real Chromium for browser tests: finds Debian's build, serves a built site over HTTP, and collects console errors.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { suite, type Test } from "uvu";
import * as assert from "uvu/assert";
import { chromiumFlags, chromiumPath } from "./chromium.ts";
import { serveSite, type StaticServer } from "./static-server.ts";
import { build, removeSite, type BuildResult, type SiteSource } from "./site.ts";

export { chromiumFlags, chromiumPath };
export { serveSite, type StaticServer };

export const isChromiumInstalled = (): boolean => existsSync(chromiumPath);

let announced = false;
function announceMissingChromium(): void {
  if (announced) return;
  announced = true;
  console.log(`\n!!! BROWSER TESTS SKIPPED: Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
}

/**
 * A uvu suite for browser tests. Without Chromium every test in it is skipped after one loud line, and its hooks do
 * not run; with REQUIRE_BROWSER=1 a missing Chromium is a failing test instead.
 */
export function browserSuite<T>(title: string): Test<T> {
  const real = suite<T>(title);
  if (isChromiumInstalled()) return real;
  if (process.env.REQUIRE_BROWSER === "1") {
    real("Chromium is installed (REQUIRE_BROWSER=1)", () => {
      throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    });
  } else {
    announceMissingChromium();
  }
  const noHook = Object.assign(() => undefined, { each: () => undefined });
  return Object.assign((name: string) => real.skip(name), {
    only: (name: string) => real.skip(name),
    skip: (name?: string) => real.skip(name),
    before: noHook,
    after: noHook,
    run: () => real.run(),
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests of this tab, as they happen. */
  errors: string[];
}

export interface TestBrowser {
  browser: Browser;
  /** A new tab in a new context (its own cookies and storage; options such as javaScriptEnabled: false). */
  open(url: string, options?: BrowserContextOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Launches Chromium; Playwright gives each launch a fresh --user-data-dir in a temp folder and removes it on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  return {
    browser,
    async open(url, options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(url);
      return { page, errors };
    },
    close: () => browser.close(),
  };
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Leaving a page cancels its pending requests (net::ERR_ABORTED): that is navigation, not a failure.
    const reason = request.failure()?.errorText ?? "";
    if (!reason.includes("ERR_ABORTED")) errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return errors;
}

export interface ServedSite {
  site: BuildResult;
  server: StaticServer;
  browser: TestBrowser;
}

/** A browser suite over one site, built by the real CLI once for the whole file, served with its _headers, in one Chromium. */
export function servedSiteSuite(title: string, source: SiteSource): Test<ServedSite> {
  const tests = browserSuite<ServedSite>(title);
  tests.before(async (context) => {
    context.site = build(source);
    assert.is(context.site.status, 0, context.site.stderr);
    context.server = await serveSite(context.site.output);
    context.browser = await launchBrowser();
  });
  tests.after(async ({ site, server, browser }) => {
    await browser?.close();
    await server?.close();
    if (site) removeSite(site);
  });
  return tests;
}
