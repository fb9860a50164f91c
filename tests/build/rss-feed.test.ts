// Each language's RSS 2.0 feed as a feed reader (and Dzen, and Yandex) reads it, beside the Atom feed it must agree
// with; and WebSub: with a hub in _data/site.ts, all three feeds name it.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import sharp from "sharp";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { build, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

const siteUrl = "https://news.test";
const hub = "https://hub.example/websub";
const languages = ["ru", "en"];

const rss = suite<{ result: BuildResult; read(sitePath: string): string }>("RSS feed and WebSub");

rss.before((context) => {
  const settings = readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8").replace(
    /^(\s*)timeZone: .*$/m,
    (line, indent) => `${line}\n${indent}websubHub: ${JSON.stringify(hub)},`,
  );
  const image = readFileSync(path.join(projectRoot, "content/images/blog/hero-fast-model.webp"));
  context.result = build(
    { fixture: "metadata", files: { "content/images/blog/hero-fast-model.webp": image, "_data/site.ts": settings } },
    { SITE_URL: siteUrl },
  );
  context.read = (sitePath) => readFileSync(path.join(context.result.output, sitePath), "utf8");
});
rss.after((context) => removeSite(context.result));

rss("the build with a hub succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

rss("each language's RSS 2.0 feed reads as one, with its language, home, self link and last change", ({ read }) => {
  for (const lang of languages) {
    const feed = parseFeed(read(`${lang}/rss.xml`));
    assert.equal(feed.meta, { type: "rss", version: "2.0" });
    assert.is(feed.language, lang);
    assert.is(feed.url, `${siteUrl}/${lang}/`);
    assert.is(feed.self, `${siteUrl}/${lang}/rss.xml`);
    assert.ok((feed.title ?? "").length > 0 && (feed.description ?? "").length > 0, lang);
    assert.ok(feed.items.length > 0, lang);
  }
  // The newest change of any Russian article: translated-guide's updatedDate, midnight in the site's zone.
  assert.is(parseFeed(read("ru/rss.xml")).updated?.toISOString(), "2026-03-04T21:00:00.000Z");
});

rss("the RSS feed carries the Atom feed's articles in the same order, with the same ids, dates, text and categories", ({ read }) => {
  for (const lang of languages) {
    const atom = parseFeed(read(`${lang}/feed.xml`)).items;
    const items = parseFeed(read(`${lang}/rss.xml`)).items;
    assert.equal(
      items.map((item) => item.id),
      atom.map((entry) => entry.id),
      lang,
    );
    items.forEach((item, index) => {
      const entry = atom[index];
      assert.is(item.url, entry?.url);
      assert.is(item.title, entry?.title);
      assert.is(item.description, entry?.description, "description is the article's description");
      assert.is(item.content, entry?.content, "content:encoded is the full text, as in Atom");
      assert.is(item.published?.getTime(), entry?.published?.getTime());
      assert.equal(
        item.categories.map((category) => category.term),
        entry?.categories.map((category) => category.term),
      );
      assert.equal(
        item.authors.map((author) => author.name),
        entry?.authors.map((author) => author.name),
      );
    });
  }
  const russian = parseFeed(read("ru/rss.xml")).items;
  assert.equal(
    russian.map((item) => item.url),
    ["translated-guide", "untranslated-note", "tricky-title"].map((slug) => `${siteUrl}/ru/blog/${slug}/`),
  );
  assert.equal(
    russian[0]?.categories.map((category) => category.term),
    ["Разработка", "Бенчмарки", "LLM"],
  );
});

rss("dates are RFC 822 in the site's own offset, and the guid is the Atom id, a permalink that updates do not change", ({ read }) => {
  const { rss: document } = parseXml(read("ru/rss.xml"));
  const guide = document.channel.item[0];
  // 2 March 2026 was a Monday; translated-guide was updated on 5 March, which changes neither its guid nor pubDate.
  assert.is(guide.pubDate, "Mon, 02 Mar 2026 00:00:00 +0300");
  assert.is(document.channel.lastBuildDate, "Thu, 05 Mar 2026 00:00:00 +0300");
  assert.is(guide.guid["#text"], `${siteUrl}/ru/blog/translated-guide/`);
  assert.is(guide.guid["@isPermaLink"], "true");
  const atomIds = parseXml(read("ru/feed.xml")).feed.entry.map((entry: Parsed) => entry.id);
  assert.equal(
    document.channel.item.map((item: Parsed) => item.guid["#text"]),
    atomIds,
  );
  for (const item of document.channel.item) {
    assert.match(
      item.pubDate,
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/,
    );
  }
});

rss("every item's enclosure is a published JPEG at least 300 pixels wide, with its real size in bytes", async ({ read, result }) => {
  for (const lang of languages) {
    for (const item of parseFeed(read(`${lang}/rss.xml`)).items) {
      assert.is(item.media.length, 1, `${item.url}: one enclosure`);
      const [enclosure] = item.media;
      assert.ok(enclosure?.url.startsWith(`${siteUrl}/images/`), enclosure?.url);
      const file = path.join(result.output, new URL(enclosure?.url ?? "").pathname);
      assert.is(enclosure?.length, statSync(file).size, `${enclosure?.url}: length`);
      const { format, width } = await sharp(file).metadata();
      assert.is(format, "jpeg");
      assert.is(enclosure?.mimeType, "image/jpeg");
      assert.ok((width ?? 0) >= 300, `${enclosure?.url} is ${width} px wide`);
    }
  }
});

rss("what Dzen and Yandex ask: UTF-8, absolute URLs, item links without query parameters, a rating", ({ result }) => {
  for (const lang of languages) {
    const bytes = readFileSync(path.join(result.output, lang, "rss.xml"));
    assert.ok(bytes.subarray(0, 40).toString("latin1").startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    // Throws on any byte sequence that is not UTF-8.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const { rss: document } = parseXml(bytes.toString("utf8"));
    assert.is(document["@version"], "2.0");
    assert.is(document["@xmlns:content"], "http://purl.org/rss/1.0/modules/content/");
    for (const item of document.channel.item) {
      const link = new URL(item.link[0]);
      assert.is(link.origin, siteUrl);
      assert.is(link.search, "", `${link.href} has no query`);
      assert.is(item["media:rating"]["#text"], "nonadult");
      const urls = [...String(item["content:encoded"]).matchAll(/\s(?:href|src|srcset)="([^"\s]*)/g)].map((match) => match[1] ?? "");
      assert.ok(urls.length > 0, link.href);
      for (const url of urls) assert.match(url, /^https?:\/\//, `${link.href}: ${url}`);
    }
  }
});

rss("with websubHub set, the Atom, RSS and JSON feeds of every language name the hub", ({ read }) => {
  for (const lang of languages) {
    const atomLinks = parseXml(read(`${lang}/feed.xml`)).feed.link;
    assert.equal(
      atomLinks.filter((link: Parsed) => link["@rel"] === "hub").map((link: Parsed) => link["@href"]),
      [hub],
    );
    const rssLinks = parseXml(read(`${lang}/rss.xml`)).rss.channel["atom:link"];
    assert.equal(
      rssLinks.filter((link: Parsed) => link["@rel"] === "hub").map((link: Parsed) => link["@href"]),
      [hub],
    );
    assert.equal(JSON.parse(read(`${lang}/feed.json`)).hubs, [{ type: "WebSub", url: hub }]);
  }
});

rss.run();
