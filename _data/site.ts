// Site-wide settings: the absolute URL is the one setting feeds, sitemaps and social cards are built from.
import type { SiteSettings } from "../src/render/site-data.ts";

const site: SiteSettings = {
  url: (process.env.SITE_URL ?? "https://ai-news.example").replace(/\/+$/, ""),
  articlesPerPage: 10,
  // The newest `featured: true` articles pinned above the list on each home's first page: three make a lead card
  // across the page and two larger cards under it.
  featuredOnHome: 3,
  feedSize: 20,
  socialImage: { src: "/images/social/default.jpg", width: 1200, height: 630 },
  // Where the newsroom is: `pubDate: 2026-03-01` is that day in Moscow, and 01:30+03:00 stays 1 March.
  timeZone: "Europe/Moscow",
  // websubHub: "https://pubsubhubbub.appspot.com/" — a WebSub hub: the feeds name it, and `npm run ping` tells it of
  // each deploy, so readers subscribed through it get new articles at once instead of at their next poll.
  // fileLimit: 20000 — name the host's cap on files in one deployment, and a build that publishes more warns.
};

export default site;
