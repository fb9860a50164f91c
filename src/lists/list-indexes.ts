// The index of each kind of list in each language (/ru/categories/, /ru/series/, …), their titles, and the header's links to them.
import type { UiKey, UiStrings } from "../i18n/ui-strings.ts";
import { seriesByNewestPart, type Series } from "./series.ts";
import type { LanguageLists } from "./taxonomy.ts";
import { listKinds, sectionUrl, type IndexKind } from "./urls.ts";

export interface ListIndexEntry {
  name: string;
  url: string;
  count: number;
  /** A series' newest part's day (SiteDate.day): when it was last continued. */
  latest?: string;
}

export interface ListIndexPage {
  kind: IndexKind;
  lang: string;
  url: string;
  entries: ListIndexEntry[];
  alternates: Record<string, string>;
}

/**
 * /ru/categories/, /ru/tags/, /ru/authors/, /ru/archive/: every list of that kind with its number of articles; and
 * /ru/series/: every series with its number of parts and newest part's day. Every language has each, even when empty.
 */
export function listIndexPages(lists: ReadonlyMap<string, LanguageLists>, series: readonly Series[]): ListIndexPage[] {
  const languages = [...lists.keys()];
  const index = (kind: IndexKind, lang: string, entries: ListIndexEntry[]): ListIndexPage => ({
    kind,
    lang,
    url: sectionUrl(kind, lang),
    entries,
    alternates: Object.fromEntries(languages.map((code) => [code, sectionUrl(kind, code)])),
  });
  return [...lists].flatMap(([lang, byKind]) => [
    ...listKinds.map((kind) =>
      index(
        kind,
        lang,
        byKind[kind].map((list) => ({ name: list.name, url: list.url, count: list.articles.length })),
      ),
    ),
    index(
      "series",
      lang,
      seriesByNewestPart(series, lang).map((one) => ({
        name: one.name,
        url: one.url,
        count: one.parts.length,
        latest: one.newestPart.dates.published.day,
      })),
    ),
  ]);
}

const indexTitles: Record<IndexKind, UiKey> = {
  category: "navCategories",
  tag: "navTags",
  author: "navAuthors",
  year: "navArchive",
  series: "navSeries",
};

/** «Рубрики», "Series": the index's title, also the header's link to it (the four taxonomies' indexes are in the header). */
export function indexTitle(kind: IndexKind, strings: UiStrings): string {
  return strings[indexTitles[kind]];
}

/** What an index without entries says: «Статей пока нет.», or for series «Серий пока нет.» (there may be articles). */
export function emptyIndexText(kind: IndexKind, strings: UiStrings): string {
  return strings[kind === "series" ? "noSeries" : "noArticles"];
}

/** The header's links to the taxonomies' indexes, so every list is reachable by links alone (series from their pages). */
export function sectionLinks(lang: string, strings: UiStrings): Array<{ href: string; label: string }> {
  return listKinds.map((kind) => ({ href: sectionUrl(kind, lang), label: indexTitle(kind, strings) }));
}
