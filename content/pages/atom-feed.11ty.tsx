// /<lang>/feed.xml: the language's newest articles in full, as Atom.
import { atomFeed } from "../../lib/feed-formats.ts";
import { feedFor, feedTemplateData, type FeedData, type FeedFilters } from "../../lib/feed-template.ts";
import { feedPaths } from "../../lib/feeds.ts";

export const data = feedTemplateData((lang) => feedPaths(lang).atom);

export default async function AtomFeed(this: FeedFilters, data: FeedData): Promise<string> {
  return atomFeed(await feedFor(this, data));
}
