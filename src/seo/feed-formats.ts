// A language's feed written out as Atom (RFC 4287) and as JSON Feed 1.1; all escaping happens here.
import type { Feed, FeedEntry } from "./feeds.ts";
import { element, escapeXml } from "./xml.ts";

function atomEntry(entry: FeedEntry): string {
  return [
    "  <entry>",
    `    ${element("title", {}, entry.title)}`,
    `    ${element("link", { rel: "alternate", type: "text/html", href: entry.url })}`,
    `    ${element("id", {}, entry.url)}`,
    `    ${element("published", {}, entry.published)}`,
    `    ${element("updated", {}, entry.updated)}`,
    ...entry.authors.map((author) => `    <author>${element("name", {}, author.name)}${element("uri", {}, author.url)}</author>`),
    ...entry.categories.map((term) => `    ${element("category", { term })}`),
    `    ${element("summary", {}, entry.summary)}`,
    `    ${element("content", { type: "html" }, entry.contentHtml)}`,
    "  </entry>",
  ].join("\n");
}

export function atomFeed(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element("title", {}, feed.title)}`,
    `  ${element("subtitle", {}, feed.subtitle)}`,
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: feed.atomUrl })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: feed.homeUrl })}`,
    // WebSub (https://www.w3.org/TR/websub/#discovery): subscribers find the hub beside the feed's self link.
    ...(feed.hubUrl ? [`  ${element("link", { rel: "hub", href: feed.hubUrl })}`] : []),
    `  ${element("id", {}, feed.atomUrl)}`,
    `  ${element("updated", {}, feed.updated)}`,
    // Required when an entry has no author of its own; every article has one, the site stands behind them all.
    `  <author>${element("name", {}, feed.title)}</author>`,
    ...feed.entries.map(atomEntry),
    "</feed>",
    "",
  ].join("\n");
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); JSON.stringify does all the escaping. */
export function jsonFeed(feed: Feed): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    description: feed.subtitle,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    language: feed.lang,
    ...(feed.hubUrl ? { hubs: [{ type: "WebSub", url: feed.hubUrl }] } : {}),
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      image: entry.image.url,
      date_published: entry.published,
      date_modified: entry.updated,
      authors: entry.authors,
      tags: entry.categories,
      language: feed.lang,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
