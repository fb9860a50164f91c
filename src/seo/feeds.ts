// Each language's feeds: where they live, how pages link to them, and which articles they carry in full.
import type { CollectionItem } from "@11ty/eleventy";
import { absoluteUrl } from "./absolute-url.ts";
import { socialImage } from "../images/derived.ts";
import { socialCardType } from "../images/policy.ts";
import { byNewest, type Article, type Correction } from "../content/articles.ts";
import { formatShownDate } from "../content/dates.ts";
import type { ProvenanceNote } from "../i18n/provenance.ts";
import { escapeXml } from "./xml.ts";
import { listUrl } from "../lists/urls.ts";

export interface FeedLink {
  type: "application/atom+xml" | "application/rss+xml" | "application/feed+json";
  title: string;
  href: string;
}

export interface FeedPaths {
  atom: string;
  rss: string;
  json: string;
}

/** Every feed of a language, by format: pages link them, the templates write them, `npm run ping` names them. */
export function feedPaths(lang: string): FeedPaths {
  return { atom: `/${lang}/feed.xml`, rss: `/${lang}/rss.xml`, json: `/${lang}/feed.json` };
}

/** The <link rel="alternate"> entries every page of the language carries. */
export function feedLinks(lang: string, siteName: string): FeedLink[] {
  const paths = feedPaths(lang);
  return [
    { type: "application/atom+xml", title: `${siteName} (Atom)`, href: paths.atom },
    { type: "application/rss+xml", title: `${siteName} (RSS)`, href: paths.rss },
    { type: "application/feed+json", title: `${siteName} (JSON Feed)`, href: paths.json },
  ];
}

export interface FeedEntry {
  /** Absolute URL; it doubles as the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** The full article, every URL in it absolute. */
  contentHtml: string;
  /** RFC 3339 with the site's offset (SiteDate.dateTime), as every date of the site is written. */
  published: string;
  updated: string;
  /** The byline, each name with its author page (absolute). */
  authors: Array<{ name: string; url: string }>;
  categories: string[];
  image: FeedImage;
}

/** The article's picture as feeds name it; RSS readers and Dzen want its type and size in bytes too. */
export interface FeedImage {
  url: string;
  type: string;
  /** The published file's size in bytes. */
  length: number;
}

export interface Feed {
  lang: string;
  title: string;
  subtitle: string;
  homeUrl: string;
  atomUrl: string;
  rssUrl: string;
  jsonUrl: string;
  /** The WebSub hub subscribers are sent to (_data/site.ts websubHub), if the site has one. */
  hubUrl?: string;
  /** The newest change of any entry (RFC 3339). */
  updated: string;
  entries: FeedEntry[];
}

/** The newest published articles of one language, as Eleventy collection items (their rendered body is `content`). */
export function feedItems(all: readonly CollectionItem[], lang: string, size: number): Array<{ item: CollectionItem; article: Article }> {
  return all
    .flatMap((item) => {
      const article = item.data.article as Article | undefined;
      return item.url && article?.lang === lang ? [{ item, article }] : [];
    })
    .sort((a, b) => byNewest(a.article, b.article))
    .slice(0, size);
}

/** The hero image leads the feed's copy of the article, as it leads the page. */
export function heroHtml(article: Pick<Article, "heroImage" | "heroAlt" | "title">): string {
  return `<p><img src="${escapeXml(article.heroImage)}" alt="${escapeXml(article.heroAlt ?? article.title)}"></p>\n`;
}

/** The article's notices (how its text was made), as the page shows them above the text. */
export function noticesHtml(notes: readonly ProvenanceNote[]): string {
  return notes
    .map((note) => {
      const link = note.link
        ? ` <a href="${escapeXml(note.link.href)}" hreflang="${escapeXml(note.link.lang)}">${escapeXml(note.link.label)}</a>`
        : "";
      return `<p><em>${escapeXml(note.text)}</em>${link}</p>\n`;
    })
    .join("");
}

/** The article's corrections, as the page lists them after the text. */
export function correctionsHtml(corrections: readonly Correction[], heading: string, locale: string, timeZone: string): string {
  if (corrections.length === 0) return "";
  const items = corrections.map(
    (correction) => `<li>${escapeXml(formatShownDate(correction.date, locale, timeZone))}: ${escapeXml(correction.note)}</li>`,
  );
  return `\n<h2>${escapeXml(heading)}</h2>\n<ul>${items.join("")}</ul>\n`;
}

export interface FeedSource {
  siteUrl: string;
  lang: string;
  title: string;
  subtitle: string;
  hubUrl?: string | undefined;
  /** Each article with its HTML and the size in bytes of its published social card. */
  articles: Array<{ article: Article; contentHtml: string; cardBytes: number }>;
}

export function buildFeed(source: FeedSource): Feed {
  const { siteUrl, lang } = source;
  const entries = source.articles.map(
    ({ article, contentHtml, cardBytes }): FeedEntry => ({
      url: absoluteUrl(siteUrl, article.url),
      title: article.title,
      summary: article.description,
      contentHtml,
      published: article.dates.published.dateTime,
      updated: article.dates.modified.dateTime,
      authors: article.author.map((name) => ({ name, url: absoluteUrl(siteUrl, listUrl("author", lang, name)) })),
      categories: [article.category, ...article.tags],
      // The social card: a published 1200×630 JPEG (the hero's source file itself is not published), so wider than
      // the 300 pixels Dzen asks of a feed's image.
      image: { url: socialImage(article, siteUrl).url, type: socialCardType, length: cardBytes },
    }),
  );
  // An empty feed still needs an <updated>; the epoch keeps the output the same from build to build.
  const modified = (article: Article): number => Date.parse(article.dates.modified.dateTime);
  const newest = source.articles
    .map(({ article }) => article)
    .reduce<Article | undefined>((a, b) => (a && modified(a) >= modified(b) ? a : b), undefined);
  const updated = newest?.dates.modified.dateTime ?? "1970-01-01T00:00:00Z";
  const paths = feedPaths(lang);
  return {
    lang,
    title: source.title,
    subtitle: source.subtitle,
    homeUrl: absoluteUrl(siteUrl, `/${lang}/`),
    atomUrl: absoluteUrl(siteUrl, paths.atom),
    rssUrl: absoluteUrl(siteUrl, paths.rss),
    jsonUrl: absoluteUrl(siteUrl, paths.json),
    ...(source.hubUrl ? { hubUrl: source.hubUrl } : {}),
    updated,
    entries,
  };
}
