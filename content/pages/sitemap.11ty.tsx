// /sitemap.xml: every indexable page of every language, with its translations as hreflang alternates.
import { sitePages } from "../../src/i18n/alternates.ts";
import type { TemplateData } from "../../src/render/site-data.ts";
import { sitemapPath, sitemapXml } from "../../src/seo/sitemap.ts";

export const data = {
  permalink: sitemapPath,
  eleventyExcludeFromCollections: true,
  // Rendered once every page is known.
  eleventyImport: { collections: ["all", "listPages"] },
};

export default function Sitemap(data: TemplateData): string {
  return sitemapXml(sitePages(data.collections), data.languages, data.site.url);
}
