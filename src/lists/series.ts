// Series: a language's articles sharing a `series` name, in the order of their `seriesPart`, each series with a page.
import type { Article } from "../content/articles.ts";
import { byCodeUnits } from "../content/text-order.ts";
import { fill, type UiStrings } from "../i18n/ui-strings.ts";
import { paginate, type ListPage } from "./pagination.ts";
import { listSlug, listUrl, sectionUrl } from "./urls.ts";

/** One series in one language: its parts in reading order. */
export interface Series {
  lang: string;
  name: string;
  url: string;
  parts: Article[];
  /** The part published last, whatever its number: when the series was last continued (its index's order). */
  newestPart: Article;
  /** The first part's slug: a translated series shares it, whatever its name there (hreflang, the switcher). */
  translationKey: string;
}

/** Where an article stands in its series: `part` counts the published parts, 1-based. */
export interface SeriesPlace {
  series: Series;
  part: number;
}

/** One page of a series' page (/ru/series/<slug>/): its parts, first part first. */
export interface SeriesListPage extends ListPage<Article> {
  kind: "series";
  name: string;
  series: Series;
  alternates: Record<string, string>;
  translationKey: string;
}

/**
 * @example seriesUrl("ru", "Локальные модели") // => "/ru/series/lokalnye-modeli/"
 */
export function seriesUrl(lang: string, name: string): string {
  return listUrl("series", lang, name);
}

/** Newest first, ties by URL: which part counts as the newest never depends on the order files were read in. */
const byNewestPart = (a: Article, b: Article): number => b.pubDate.getTime() - a.pubDate.getTime() || byCodeUnits(a.url, b.url);

/** Part order; a repeated number is an error (series-check.ts), the newer part then goes second. */
const byPart = (a: Article, b: Article): number =>
  (a.seriesPart ?? 0) - (b.seriesPart ?? 0) || a.pubDate.getTime() - b.pubDate.getTime() || byCodeUnits(a.url, b.url);

// The articles collection is one array per build: its series are grouped once, never once per article page.
const cache = new WeakMap<readonly Article[], { series: Series[]; places: Map<string, SeriesPlace> }>();

function grouped(articles: readonly Article[]): { series: Series[]; places: Map<string, SeriesPlace> } {
  let known = cache.get(articles);
  if (!known) {
    const byUrl = new Map<string, Series>();
    for (const article of articles) {
      if (article.series === undefined || article.seriesPart === undefined || listSlug(article.series) === "") continue;
      const url = seriesUrl(article.lang, article.series);
      const series = byUrl.get(url) ?? {
        lang: article.lang,
        name: article.series,
        url,
        parts: [],
        newestPart: article,
        translationKey: "",
      };
      series.parts.push(article);
      if (byNewestPart(article, series.newestPart) < 0) series.newestPart = article;
      byUrl.set(url, series);
    }
    const series = [...byUrl.values()].sort((a, b) => byCodeUnits(a.url, b.url));
    const places = new Map<string, SeriesPlace>();
    for (const one of series) {
      one.parts.sort(byPart);
      one.translationKey = `series:${one.parts[0]?.slug ?? one.url}`;
      for (const [index, article] of one.parts.entries()) places.set(article.url, { series: one, part: index + 1 });
    }
    known = { series, places };
    cache.set(articles, known);
  }
  return known;
}

/** Every series of every language, by URL. */
export function allSeries(articles: readonly Article[]): Series[] {
  return grouped(articles).series;
}

/** The article's series and its place there, or undefined for an article outside any series. */
export function seriesPlaceOf(article: Pick<Article, "url">, articles: readonly Article[]): SeriesPlace | undefined {
  return grouped(articles).places.get(article.url);
}

/** A language's series as its index lists them: the most recently continued first (by newest part), ties by URL. */
export function seriesByNewestPart(series: readonly Series[], lang: string): Series[] {
  return series
    .filter((one) => one.lang === lang)
    .sort((a, b) => b.newestPart.pubDate.getTime() - a.newestPart.pubDate.getTime() || byCodeUnits(a.url, b.url));
}

/**
 * Every page of every series. The switcher leads to the same series in another language (the one whose first part
 * is a translation of this one's), or else to that language's index of series, as other lists lead to their kind's index.
 */
export function seriesListPages(articles: readonly Article[], languages: readonly string[], perPage: number): SeriesListPage[] {
  const series = allSeries(articles);
  return series.flatMap((one) => {
    const alternates = Object.fromEntries(
      languages.map((code) => {
        const same = series.find((other) => other.lang === code && other.translationKey === one.translationKey);
        return [code, same?.url ?? sectionUrl("series", code)];
      }),
    );
    return paginate(one.parts, perPage, one.lang, one.url).map((page) => ({
      ...page,
      kind: "series" as const,
      name: one.name,
      series: one,
      alternates,
      translationKey: page.pageNumber === 1 ? one.translationKey : `${one.translationKey}:${page.pageNumber}`,
    }));
  });
}

/** «Серия «Локальные модели»», "Series: Local models"; later pages add «Страница 2 из 3». */
export function seriesTitle(page: Pick<SeriesListPage, "name" | "pageNumber" | "totalPages">, strings: UiStrings): string {
  const title = fill(strings.seriesTitle, { name: page.name });
  return page.pageNumber === 1 ? title : `${title} · ${fill(strings.pageOf, { page: page.pageNumber, total: page.totalPages })}`;
}
