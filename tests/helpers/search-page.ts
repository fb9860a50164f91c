// Reading the search page in a browser test: when it has answered, its status line and the URLs it found.
import type { Page } from "playwright-core";
import type { OpenedPage, ServedSite } from "./browser.ts";

/** Waits until the page has answered the current query (status written, results no longer busy). */
export async function settled(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector("[data-search-status]")?.textContent ?? "";
      return status !== "" && document.querySelector("[data-search-results]")?.getAttribute("aria-busy") !== "true";
    },
    undefined,
    timeout === undefined ? {} : { timeout },
  );
}

/** Opens the served site's `/<lang>/search/?q=…` (plus `params`, such as "&all=1") and waits for its answer. */
export async function searchPage(
  { browser, server }: Pick<ServedSite, "browser" | "server">,
  lang: string,
  query: string,
  params = "",
): Promise<OpenedPage> {
  const opened = await browser.open(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}${params}`);
  await settled(opened.page);
  return opened;
}

export const resultUrls = (page: Page): Promise<string[]> =>
  page.locator(".search-result h2 a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));

export const status = (page: Page): Promise<string> => page.locator("[data-search-status]").innerText();
