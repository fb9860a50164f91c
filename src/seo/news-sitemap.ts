// A Google News sitemap per language: the articles published in the last two days, with the publication's name.
import { absoluteUrl } from "./absolute-url.ts";
import type { Article } from "../content/articles.ts";
import { element } from "./xml.ts";

/** Google News reads articles of the last two days from a news sitemap; older ones belong in the main sitemap only. */
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;

export const newsSitemapPath = (lang: string): string => `/${lang}/news-sitemap.xml`;

export interface NewsSitemapOptions {
  siteUrl: string;
  /** The publication's name as readers of this language know it (its UI string siteName). */
  siteName: string;
  lang: string;
  /** The build's moment: what counts as the last two days. */
  now: Date;
}

/** `articles` newest first (collections.articles); an empty urlset is valid when nothing is that new. */
export function newsSitemapXml(articles: readonly Article[], options: NewsSitemapOptions): string {
  const since = options.now.getTime() - newsWindowMs;
  const urls = articles
    .filter((article) => article.lang === options.lang && article.pubDate.getTime() >= since && article.pubDate <= options.now)
    .map((article) =>
      [
        "  <url>",
        `    ${element("loc", {}, absoluteUrl(options.siteUrl, article.url))}`,
        "    <news:news>",
        "      <news:publication>",
        `        ${element("news:name", {}, options.siteName)}`,
        `        ${element("news:language", {}, options.lang)}`,
        "      </news:publication>",
        `      ${element("news:publication_date", {}, article.dates.published.dateTime)}`,
        `      ${element("news:title", {}, article.title)}`,
        "    </news:news>",
        "  </url>",
      ].join("\n"),
    );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // Names its language, so two empty sitemaps are not the same file (hosts and the files test refuse duplicates).
    `<!-- Google News: the articles in ${options.lang} of the last two days -->`,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
