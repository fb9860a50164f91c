// RSS 2.0 output: RFC 822 dates in the site's offset, every field given back exactly as written, the hub only when set.
import { parseFeed } from "@rowanmanning/feed-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildFeed } from "../../../src/seo/feeds.ts";
import { rfc822, rssFeed } from "../../../src/seo/rss-feed.ts";
import { feedArticle as article } from "../../helpers/articles.ts";
import { parseXml, type Parsed } from "../../helpers/xml.ts";

const tricky = `He said "hi" <b>&</b> </script>`;

const source = {
  siteUrl: "https://news.test",
  lang: "ru",
  title: "Нейросводка & Co",
  subtitle: "Новости <ИИ>",
  articles: [
    {
      article: article("new", "2026-03-01T00:00:00Z", { title: tricky, author: ["O'Brien"], tags: ['say "cheese"'] }),
      contentHtml: '<p>a &amp; b <a href="https://news.test/ru/">home</a></p>',
      cardBytes: 48_213,
    },
    {
      article: article("old", "2026-01-01T00:00:00Z", { updatedDate: new Date("2026-04-01T12:30:00Z") }),
      contentHtml: "<p>old</p>",
      cardBytes: 7,
    },
  ],
};

test("RFC 822 dates keep the moment and the offset they were written with, and name the right weekday", () => {
  assert.is(rfc822("2026-03-02T00:00:00+03:00"), "Mon, 02 Mar 2026 00:00:00 +0300");
  assert.is(rfc822("2024-02-29T23:59:59-05:30"), "Thu, 29 Feb 2024 23:59:59 -0530");
  assert.is(rfc822("1970-01-01T00:00:00Z"), "Thu, 01 Jan 1970 00:00:00 +0000");
  assert.is(new Date(rfc822("2026-12-31T23:30:00+03:00")).toISOString(), "2026-12-31T20:30:00.000Z");
  assert.throws(() => rfc822("2026-03-02"), /RFC 3339/);
});

test("the RSS feed is well-formed and a feed parser reads back every field unchanged", () => {
  const xml = rssFeed(buildFeed(source));
  const channel = parseXml(xml).rss.channel;
  assert.is(channel.lastBuildDate, "Wed, 01 Apr 2026 15:30:00 +0300", "the newest change of any entry");
  assert.is(channel.item[0].pubDate, "Sun, 01 Mar 2026 03:00:00 +0300");
  // The HTML exactly as given (a lenient reader such as the one below decodes its entities once more).
  assert.is(channel.item[0]["content:encoded"], '<p>a &amp; b <a href="https://news.test/ru/">home</a></p>');
  const feed = parseFeed(xml);
  assert.is(feed.title, "Нейросводка & Co");
  assert.is(feed.description, "Новости <ИИ>");
  assert.is(feed.self, "https://news.test/ru/rss.xml");
  const [first, second] = feed.items;
  assert.is(first?.title, tricky);
  assert.is(first?.id, "https://news.test/ru/blog/new/");
  assert.is(first?.url, "https://news.test/ru/blog/new/");
  assert.equal(
    first?.categories.map((category) => category.term),
    ["Новости ИИ", 'say "cheese"'],
  );
  assert.equal(
    first?.authors.map((author) => author.name),
    ["O'Brien"],
  );
  assert.equal(
    first?.media.map(({ length, mimeType }) => ({ length, mimeType })),
    [{ length: 48_213, mimeType: "image/jpeg" }],
  );
  assert.match(first?.media[0]?.url ?? "", /^https:\/\/news\.test\/images\/social\/\d+\.jpg$/);
  assert.is(second?.media[0]?.length, 7);
});

test("the hub is an atom:link rel=hub only when the site has one", () => {
  const hubs = (xml: string) =>
    (parseXml(xml).rss.channel["atom:link"] as Parsed[]).filter((link) => link["@rel"] === "hub").map((link) => link["@href"]);
  assert.equal(hubs(rssFeed(buildFeed({ ...source, hubUrl: "https://hub.test/" }))), ["https://hub.test/"]);
  assert.equal(hubs(rssFeed(buildFeed(source))), []);
});

test("an empty language still gets a valid RSS feed", () => {
  const xml = rssFeed(buildFeed({ ...source, articles: [] }));
  assert.is(parseXml(xml).rss.channel.item, undefined);
  assert.is(parseFeed(xml).items.length, 0);
});

test.run();
