// /<lang>/rss.xml: the language's newest articles in full, as RSS 2.0 (the format Dzen and Yandex read).
import { rssFeed } from "../../src/seo/rss-feed.ts";
import { feedFor, feedTemplateData, type FeedData, type FeedFilters } from "../../src/seo/feed-template.ts";
import { feedPaths } from "../../src/seo/feeds.ts";

export const data = feedTemplateData((lang) => feedPaths(lang).rss);

export default async function RssFeed(this: FeedFilters, data: FeedData): Promise<string> {
  return rssFeed(await feedFor(this, data));
}
