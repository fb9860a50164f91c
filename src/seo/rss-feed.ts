// A language's feed written out as RSS 2.0 with the content, Dublin Core, Media RSS and Atom modules, as Dzen and
// Yandex read it; all escaping happens here.
import type { Feed, FeedEntry } from "./feeds.ts";
import { element } from "./xml.ts";

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An RFC 3339 date-time as RFC 822 (with a four-digit year, RFC 1123), at the same moment and with the same offset,
 * so RSS shows the site's own time as every other date of the site does.
 * @example rfc822("2026-03-02T00:00:00+03:00") // => "Mon, 02 Mar 2026 00:00:00 +0300"
 */
export function rfc822(dateTime: string): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(dateTime);
  if (!match) throw new Error(`Not an RFC 3339 date-time: "${dateTime}"`);
  const [, year, month, day, time, offset] = match as unknown as [string, string, string, string, string, string];
  // The weekday of the local calendar day, which is the day the date-time names.
  const weekday = weekdays[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const zone = offset === "Z" ? "+0000" : offset.replace(":", "");
  return `${weekday}, ${day} ${months[Number(month) - 1]} ${year} ${time} ${zone}`;
}

function rssItem(entry: FeedEntry): string {
  return [
    "    <item>",
    `      ${element("title", {}, entry.title)}`,
    `      ${element("link", {}, entry.url)}`,
    // The Atom entry's id: the permanent URL, unchanged when the article is updated, so no reader shows it twice.
    `      ${element("guid", { isPermaLink: "true" }, entry.url)}`,
    `      ${element("pubDate", {}, rfc822(entry.published))}`,
    // RSS's own <author> must be an e-mail address; the author's name goes into Dublin Core's creator.
    ...entry.authors.map((author) => `      ${element("dc:creator", {}, author.name)}`),
    ...entry.categories.map((category) => `      ${element("category", {}, category)}`),
    `      ${element("description", {}, entry.summary)}`,
    `      ${element("enclosure", { url: entry.image.url, type: entry.image.type, length: String(entry.image.length) })}`,
    // Dzen requires a rating on every item; a news site about AI and software has no adult content.
    `      ${element("media:rating", { scheme: "urn:simple" }, "nonadult")}`,
    `      ${element("content:encoded", {}, entry.contentHtml)}`,
    "    </item>",
  ].join("\n");
}

export function rssFeed(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    [
      '<rss version="2.0"',
      'xmlns:atom="http://www.w3.org/2005/Atom"',
      'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
      'xmlns:dc="http://purl.org/dc/elements/1.1/"',
      'xmlns:media="http://search.yahoo.com/mrss/">',
    ].join(" "),
    "  <channel>",
    `    ${element("title", {}, feed.title)}`,
    `    ${element("link", {}, feed.homeUrl)}`,
    `    ${element("description", {}, feed.subtitle)}`,
    `    ${element("language", {}, feed.lang)}`,
    // The newest change of any article, not the clock: two builds of the same content write the same bytes.
    `    ${element("lastBuildDate", {}, rfc822(feed.updated))}`,
    `    ${element("atom:link", { rel: "self", type: "application/rss+xml", href: feed.rssUrl })}`,
    ...(feed.hubUrl ? [`    ${element("atom:link", { rel: "hub", href: feed.hubUrl })}`] : []),
    ...feed.entries.map(rssItem),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
