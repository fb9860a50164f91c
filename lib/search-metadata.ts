// What the search index learns about an article: Pagefind's data attributes, built from the article's front matter.
import type { Article } from "./articles.ts";
import { isoDay } from "./dates.ts";
import { heroThumbnailPath } from "./social-image.ts";
import { dateSortKey, type SearchFilterName } from "./search-query.ts";

/**
 * The article element's attributes: it is the only part of the page indexed (data-pagefind-body), and it carries its
 * date and hero thumbnail in data attributes read by Pagefind, so HTML transforms of the visible <img> cannot lose them.
 */
export function articleIndexAttributes(article: Pick<Article, "pubDate" | "lang" | "slug">): Record<string, string> {
  return {
    "data-pagefind-body": "",
    "data-article-date": isoDay(article.pubDate),
    "data-hero-thumbnail": heroThumbnail(article),
    "data-pagefind-sort": `${dateSortKey}[data-article-date]`,
    "data-pagefind-meta": `date[data-article-date], image[data-hero-thumbnail]`,
  };
}

/** The image a search result shows beside the article's title: a small WebP the image pipeline cuts from the hero. */
export function heroThumbnail(article: Pick<Article, "lang" | "slug">): string {
  return heroThumbnailPath(article);
}

/** The attribute that files an element's text under a search filter (category, tag, author). */
export function filterAttribute(name: SearchFilterName): Record<string, string> {
  return { "data-pagefind-filter": name };
}

/** Labels and secondary text ("Published:", reading time) are not what readers search for. */
export const notIndexed: Record<string, string> = { "data-pagefind-ignore": "" };

/** The article's title, as search results show it. */
export const titleMeta: Record<string, string> = { "data-pagefind-meta": "title" };
