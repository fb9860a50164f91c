// /<lang>/news-sitemap.xml: the language's articles of the last two days, for Google News.
import type { Language } from "../../src/content/languages.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { newsSitemapPath, newsSitemapXml } from "../../src/seo/news-sitemap.ts";

interface NewsSitemapData extends TemplateData {
  sitemapLanguage: Language;
}

export const data = {
  pagination: { data: "builtLanguages", size: 1, alias: "sitemapLanguage" },
  permalink: (data: NewsSitemapData) => newsSitemapPath(data.sitemapLanguage.code),
  eleventyExcludeFromCollections: true,
  eleventyImport: { collections: ["articles"] },
};

export default function NewsSitemap(data: NewsSitemapData): string {
  const lang = data.sitemapLanguage.code;
  const { strings } = pageLanguage(data, lang);
  return newsSitemapXml(data.collections.articles, { siteUrl: data.site.url, siteName: strings.siteName, lang, now: new Date() });
}
