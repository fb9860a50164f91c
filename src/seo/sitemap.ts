// sitemap.xml with hreflang alternates for every page, and the robots.txt that points to it and the news sitemaps.
import { absoluteUrl } from "./absolute-url.ts";
import { alternateLinks, versionsOfPage, type SitePage } from "../i18n/alternates.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { byCodeUnits } from "../content/text-order.ts";
import { element } from "./xml.ts";
import { newsSitemapPath } from "./news-sitemap.ts";

export const sitemapPath = "/sitemap.xml";

/** Pages in a stable order (by URL), so the file only changes when the site does. */
export function sitemapXml(pages: readonly SitePage[], languages: SiteLanguages, siteUrl: string): string {
  const urls = [...pages]
    .sort((a, b) => byCodeUnits(a.url, b.url))
    .map((page) => {
      const alternates = alternateLinks(versionsOfPage(page, pages), languages, siteUrl).map(
        (link) => `    ${element("xhtml:link", { rel: "alternate", hreflang: link.hreflang, href: link.href })}`,
      );
      const lastmod = page.lastModified ? [`    ${element("lastmod", {}, page.lastModified)}`] : [];
      return ["  <url>", `    ${element("loc", {}, absoluteUrl(siteUrl, page.url))}`, ...lastmod, ...alternates, "  </url>"].join("\n");
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** Everything may be crawled; the sitemap says what there is, and each language's news sitemap what is new. */
export function robotsTxt(siteUrl: string, languages: readonly string[] = []): string {
  const sitemaps = [sitemapPath, ...languages.map(newsSitemapPath)].map((path) => `Sitemap: ${absoluteUrl(siteUrl, path)}`);
  return `User-agent: *\nAllow: /\n\n${sitemaps.join("\n")}\n`;
}
