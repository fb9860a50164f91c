// Article records and the declared languages for unit tests of list logic: only what lists read, with readable defaults.
import type { Article } from "../../src/content/articles.ts";
import { centerFocus } from "../../src/content/hero-focus.ts";
import { siteDate } from "../../src/content/dates.ts";
import type { SiteLanguages } from "../../src/content/languages.ts";

/** Russian (the default) and English, as _data/languages.json declares them. */
export const russianAndEnglish: SiteLanguages = {
  defaultLanguage: "ru",
  languages: [
    { code: "ru", name: "Русский", locale: "ru-RU", dir: "ltr", quotes: "«»„“" },
    { code: "en", name: "English", locale: "en-US", dir: "ltr", quotes: "“”‘’" },
  ],
};

/** An article's `dates` as the build derives them from its pubDate and updatedDate, in a zone (UTC unless given). */
export function articleDates(pubDate: Date, updatedDate?: Date, timeZone = "UTC"): Article["dates"] {
  const published = siteDate(pubDate, timeZone);
  const updated = updatedDate ? siteDate(updatedDate, timeZone) : undefined;
  return { published, ...(updated ? { updated } : {}), modified: updated ?? published };
}

export function makeArticle(slug: string, fields: Partial<Omit<Article, "pubDate">> & { pubDate?: string } = {}): Article {
  const lang = fields.lang ?? "ru";
  const { pubDate = "2026-02-27", ...rest } = fields;
  const date = new Date(`${pubDate}T00:00:00Z`);
  return {
    title: `Статья ${slug}`,
    description: "Описание.",
    category: "Новости ИИ",
    tags: [],
    author: ["Редакция"],
    heroImage: "/images/blog/hero.webp",
    heroFocus: centerFocus,
    draft: false,
    corrections: [],
    featured: false,
    ...rest,
    pubDate: date,
    dates: articleDates(date, rest.updatedDate),
    lang,
    slug,
    url: `/${lang}/blog/${slug}/`,
    inputPath: `./content/${lang}/blog/${slug}.md`,
  };
}

/** An article as the feed tests give it to buildFeed: a Russian one whose dates are read in Moscow's zone. */
export function feedArticle(slug: string, pubDate: string, fields: Partial<Article> = {}): Article {
  return {
    title: slug,
    description: "Описание",
    pubDate: new Date(pubDate),
    category: "Новости ИИ",
    tags: [],
    author: ["Редакция"],
    heroImage: "/images/blog/hero.webp",
    heroFocus: centerFocus,
    draft: false,
    corrections: [],
    featured: false,
    lang: "ru",
    slug,
    url: `/ru/blog/${slug}/`,
    inputPath: `./content/ru/blog/${slug}.md`,
    ...fields,
    dates: articleDates(new Date(pubDate), fields.updatedDate, "Europe/Moscow"),
  };
}
