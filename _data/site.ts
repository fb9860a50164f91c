// Site-wide settings: the absolute URL is the one setting feeds, sitemaps and social cards are built from.
import type { SiteSettings } from "../lib/site-data.ts";

const site: SiteSettings = {
  url: (process.env.SITE_URL ?? "https://ai-news.example").replace(/\/+$/, ""),
  articlesPerPage: 10,
};

export default site;
