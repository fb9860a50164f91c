// What the search index learns about an article: Pagefind's data attributes, built from the article's front matter.
import type { Article } from "../content/articles.ts";
import { heroThumbnailPath } from "../images/derived.ts";
import { abbreviationFilter, abbreviationsIn } from "./shared/abbreviations.ts";
import { dateSortKey, type SearchFilterName } from "./shared/query.ts";

/**
 * The article element's attributes: it is the only part of the page indexed (data-pagefind-body), and it carries its
 * date and hero thumbnail in data attributes read by Pagefind, so HTML transforms of the visible <img> cannot lose them.
 */
export function articleIndexAttributes(article: Pick<Article, "dates" | "heroImage" | "heroFocus">): Record<string, string> {
  return {
    "data-pagefind-body": "",
    "data-article-date": article.dates.published.day,
    "data-hero-thumbnail": heroThumbnail(article),
    "data-pagefind-sort": `${dateSortKey}[data-article-date]`,
    "data-pagefind-meta": `date[data-article-date], image[data-hero-thumbnail]`,
  };
}

/** The image a search result shows beside the article's title: a small WebP the image pipeline cuts from the hero. */
export function heroThumbnail(article: Pick<Article, "heroImage" | "heroFocus">): string {
  return heroThumbnailPath(article);
}

/** The attribute that files an element's text under a search filter (category, tag, author). */
export function filterAttribute(name: SearchFilterName): Record<string, string> {
  return { "data-pagefind-filter": name };
}

/** Labels and secondary text ("Published:", reading time) are not what readers search for. */
export const notIndexed: Record<string, string> = { "data-pagefind-ignore": "" };

/**
 * Readers search by what they see on a card (its title, tags, category, author) more than by a sentence of the body,
 * so those words weigh more in ranking (Pagefind's scale: body text 1, at most 10).
 */
export const searchWeights = { title: 10, tags: 7, category: 5, author: 5, description: 2 } as const;

/** Pagefind's attribute for an element's weight in ranking. */
export function weightAttribute(part: keyof typeof searchWeights): Record<string, string> {
  return { "data-pagefind-weight": String(searchWeights[part]) };
}

/** The article's title, as search results show it, weighted above everything else. */
export const titleMeta: Record<string, string> = { "data-pagefind-meta": "title", ...weightAttribute("title") };

/**
 * One attribute set per abbreviation the article writes (in its title, description, body or tags), for empty hidden
 * elements: Pagefind takes one filter value per element, and a value given in the attribute adds no indexed text.
 */
export function abbreviationFilters(texts: string[]): Array<Record<string, string>> {
  const text = texts.join(" ").replace(/<[^>]*>/g, " ");
  return abbreviationsIn(text).map((abbreviation) => ({ "data-pagefind-filter": `${abbreviationFilter}:${abbreviation}` }));
}
