// /<lang>/feed.json: the language's newest articles in full, as JSON Feed 1.1.
import { jsonFeed } from "../../src/seo/feed-formats.ts";
import { feedFor, feedTemplateData, type FeedData, type FeedFilters } from "../../src/seo/feed-template.ts";
import { feedPaths } from "../../src/seo/feeds.ts";

export const data = feedTemplateData((lang) => feedPaths(lang).json);

export default async function JsonFeed(this: FeedFilters, data: FeedData): Promise<string> {
  return jsonFeed(await feedFor(this, data));
}
