// Atom and JSON Feed output: well-formed, complete, and every field given back exactly as written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { atomFeed, jsonFeed } from "../../../src/seo/feed-formats.ts";
import { feedArticle as article } from "../../helpers/articles.ts";
import { buildFeed, feedLinks, heroHtml } from "../../../src/seo/feeds.ts";
import { escapeXml } from "../../../src/seo/xml.ts";
import { socialImagePath } from "../../../src/images/derived.ts";
import { centerFocus } from "../../../src/content/hero-focus.ts";
import { parseXml, type Parsed } from "../../helpers/xml.ts";

const tricky = `He said "hi" <b>&</b> </script>`;

const feed = buildFeed({
  siteUrl: "https://news.test",
  lang: "ru",
  title: "Нейросводка & Co",
  subtitle: "Новости",
  articles: [
    {
      article: article("new", "2026-03-01T00:00:00Z", { title: tricky, author: ["O'Brien"], tags: ['say "cheese"'] }),
      contentHtml: "<p>a &amp; b</p>",
      cardBytes: 48_213,
    },
    {
      article: article("old", "2026-01-01T00:00:00Z", { updatedDate: new Date("2026-04-01T12:30:00Z") }),
      contentHtml: "<p>old</p>",
      cardBytes: 1_024,
    },
  ],
});

test("feed dates are RFC 3339 with the site's offset, as every date of the site is written", () => {
  const json = JSON.parse(jsonFeed(feed));
  assert.is(json.items[0].date_published, "2026-03-01T03:00:00+03:00");
  assert.is(json.items[1].date_published, "2026-01-01T03:00:00+03:00");
});

test("XML escaping covers text and both quote styles, and drops characters XML forbids", () => {
  assert.is(escapeXml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  assert.is(escapeXml("bell\u0007 and \uFFFE gone, tab\tkept, emoji 🚀 kept"), "bell and  gone, tab\tkept, emoji 🚀 kept");
});

test("the Atom feed is well-formed and gives back every field unchanged", () => {
  const { feed: atom } = parseXml(atomFeed(feed));
  assert.is(atom.title, "Нейросводка & Co");
  assert.is(atom.id, "https://news.test/ru/feed.xml");
  assert.is(atom.updated, "2026-04-01T15:30:00+03:00", "the newest change of any entry");
  const [first] = atom.entry;
  assert.is(first.title, tricky);
  assert.is(first.author.name, "O'Brien");
  assert.is(first.content["#text"], "<p>a &amp; b</p>");
  assert.equal(
    first.category.map((category: Parsed) => category["@term"]),
    ["Новости ИИ", 'say "cheese"'],
  );
  assert.is(first.link[0]["@href"], "https://news.test/ru/blog/new/");
});

test("the JSON Feed gives back every field unchanged", () => {
  const json = JSON.parse(jsonFeed(feed));
  assert.is(json.version, "https://jsonfeed.org/version/1.1");
  assert.is(json.items[0].title, tricky);
  assert.is(json.items[0].content_html, "<p>a &amp; b</p>");
  assert.is(json.items[1].date_modified, "2026-04-01T15:30:00+03:00");
  // The card of the article's hero, the one its page names in og:image.
  assert.match(json.items[0].image, /^https:\/\/news\.test\/images\/social\/\d+\.jpg$/);
  assert.is(json.items[0].image, `https://news.test${socialImagePath({ heroImage: "/images/blog/hero.webp", heroFocus: centerFocus })}`);
});

test("an empty language still gets a valid feed", () => {
  const empty = buildFeed({ siteUrl: "https://news.test", lang: "en", title: "T", subtitle: "S", articles: [] });
  const { feed: atom } = parseXml(atomFeed(empty));
  assert.is(atom.entry, undefined);
  assert.is(atom.updated, "1970-01-01T00:00:00Z");
  assert.equal(JSON.parse(jsonFeed(empty)).items, []);
});

test("the hero image leads the content with its alt text escaped", () => {
  assert.is(
    heroHtml({ heroImage: "/images/a.webp", title: `"Quoted" <title>` }),
    '<p><img src="/images/a.webp" alt="&quot;Quoted&quot; &lt;title&gt;"></p>\n',
  );
});

test("pages link the Atom, RSS and JSON feeds of their own language", () => {
  assert.equal(
    feedLinks("en", "Neural Digest").map((link) => [link.type, link.href]),
    [
      ["application/atom+xml", "/en/feed.xml"],
      ["application/rss+xml", "/en/rss.xml"],
      ["application/feed+json", "/en/feed.json"],
    ],
  );
});

test("a WebSub hub is named by the Atom feed and the JSON Feed only when the site has one", () => {
  const withHub = buildFeed({
    siteUrl: "https://news.test",
    lang: "en",
    title: "T",
    subtitle: "S",
    hubUrl: "https://hub.test/",
    articles: [],
  });
  const hubLinks = (xml: string) => parseXml(xml).feed.link.filter((link: Parsed) => link["@rel"] === "hub");
  assert.equal(
    hubLinks(atomFeed(withHub)).map((link: Parsed) => link["@href"]),
    ["https://hub.test/"],
  );
  assert.equal(JSON.parse(jsonFeed(withHub)).hubs, [{ type: "WebSub", url: "https://hub.test/" }]);
  assert.equal(hubLinks(atomFeed(feed)), []);
  assert.not.ok("hubs" in JSON.parse(jsonFeed(feed)));
});

test.run();
