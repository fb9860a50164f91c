// /<lang>/feed.xml: the language's newest articles in full, as Atom.
import { atomFeed } from "../../src/seo/feed-formats.ts";
import { feedFor, feedTemplateData, type FeedData, type FeedFilters } from "../../src/seo/feed-template.ts";
import { feedPaths } from "../../src/seo/feeds.ts";

export const data = feedTemplateData((lang) => feedPaths(lang).atom);

export default async function AtomFeed(this: FeedFilters, data: FeedData): Promise<string> {
  return atomFeed(await feedFor(this, data));
}
