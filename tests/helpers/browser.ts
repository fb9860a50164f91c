// Real Chromium for browser tests: finds Debian's build, serves a built site over HTTP, and collects console errors.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { suite, type Test } from "uvu";
import { headersFor, parseHeaderRules } from "../../lib/security.ts";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The flags every test browser runs with: no sandbox (root in CI), and nothing that phones home or updates itself. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site as a static host would: folders serve index.html, a miss serves /404.html with status 404, and
 * the site's own `_headers` rules (CSP, caching) are sent with every response.
 */
export async function serveSite(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const rules = parseHeaderRules(await readFile(path.join(base, "_headers"), "utf8").catch(() => ""));
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    let file = path.join(base, path.normalize(pathname));
    if (!file.startsWith(base)) file = "";
    const found = file ? await stat(file).catch(() => undefined) : undefined;
    if (found?.isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file).catch(() => undefined);
    if (body) {
      response.writeHead(200, { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
      return;
    }
    const notFound = await readFile(path.join(base, "404.html")).catch(() => "Not found");
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    response.end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
