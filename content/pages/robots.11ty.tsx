// /robots.txt: crawling is allowed everywhere, and the sitemaps' absolute addresses are given.
import type { TemplateData } from "../../src/render/site-data.ts";
import { robotsTxt } from "../../src/seo/sitemap.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export default function Robots(data: TemplateData): string {
  return robotsTxt(
    data.site.url,
    data.languages.languages.map(({ code }) => code),
  );
}
