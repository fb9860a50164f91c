// Under each article: the newer and older article of its language, and up to three related ones (shared tags, category).
import { byNewest, type Article } from "./articles.ts";
import { listSlug } from "./list-urls.ts";

/** A shared tag says more about a subject than a shared category: any tag outweighs the category alone. */
export const sharedTagPoints = 2;
export const sameCategoryPoints = 1;

interface LanguageIndex {
  /** Newest first, as lists show them. */
  articles: Article[];
  /** url → position in `articles`. */
  position: Map<string, number>;
  byTag: Map<string, Article[]>;
  /** Newest first, and each article's position in its category's list. */
  byCategory: Map<string, Article[]>;
  categoryPosition: Map<string, number>;
}

// Built once per list of articles (one per build), so each article page costs only its own candidates, never O(n).
const indexes = new WeakMap<readonly Article[], Map<string, LanguageIndex>>();

function languageIndexes(articles: readonly Article[]): Map<string, LanguageIndex> {
  let index = indexes.get(articles);
  if (index) return index;
  index = new Map();
  for (const article of [...articles].sort(byNewest)) {
    let language = index.get(article.lang);
    if (!language) {
      language = { articles: [], position: new Map(), byTag: new Map(), byCategory: new Map(), categoryPosition: new Map() };
      index.set(article.lang, language);
    }
    language.position.set(article.url, language.articles.push(article) - 1);
    for (const tag of new Set(article.tags.map(listSlug))) {
      const tagged = language.byTag.get(tag) ?? [];
      if (tagged.push(article) === 1) language.byTag.set(tag, tagged);
    }
    const category = language.byCategory.get(article.category) ?? [];
    language.categoryPosition.set(article.url, category.push(article) - 1);
    language.byCategory.set(article.category, category);
  }
  indexes.set(articles, index);
  return index;
}

export interface Neighbours {
  newer?: Article;
  older?: Article;
}

/** The articles published just before and just after this one, in its language. */
export function neighboursOf(article: Article, articles: readonly Article[]): Neighbours {
  const language = languageIndexes(articles).get(article.lang);
  const position = language?.position.get(article.url);
  if (!language || position === undefined) return {};
  return { newer: language.articles[position - 1], older: language.articles[position + 1] };
}

/**
 * Up to `limit` articles of the same language, by points (2 a shared tag, 1 the same category), then nearest in date,
 * then newer, then URL: the same input always gives the same order.
 */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 3): Article[] {
  const language = languageIndexes(articles).get(article.lang);
  if (!language || limit <= 0) return [];
  const points = new Map<Article, number>();
  for (const tag of new Set(article.tags.map(listSlug))) {
    for (const other of language.byTag.get(tag) ?? []) {
      if (other.url !== article.url) points.set(other, (points.get(other) ?? 0) + sharedTagPoints);
    }
  }
  for (const [other, score] of points) if (other.category === article.category) points.set(other, score + sameCategoryPoints);
  const distance = (other: Article): number => Math.abs(other.pubDate.getTime() - article.pubDate.getTime());
  const rank = (a: Article, b: Article): number =>
    (points.get(b) ?? 0) - (points.get(a) ?? 0) || distance(a) - distance(b) || byNewest(a, b) || a.url.localeCompare(b.url);
  const chosen = best([...points.keys()], limit, rank);
  // Fewer candidates than the limit means every tag-sharing one is chosen; the rest share the category alone.
  return chosen.length < limit ? [...chosen, ...nearestInCategory(article, language, limit - chosen.length, new Set(chosen))] : chosen;
}

/** The `limit` first of `candidates` by `rank`, without sorting them all. */
function best<T>(candidates: T[], limit: number, rank: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const candidate of candidates) {
    const at = top.findIndex((kept) => rank(candidate, kept) < 0);
    if (at === -1) {
      if (top.length < limit) top.push(candidate);
    } else {
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
  }
  return top;
}

/** Walks out from the article in its category's list, taking the nearer in date each time (the newer on a tie). */
function nearestInCategory(article: Article, language: LanguageIndex, count: number, skip: Set<Article>): Article[] {
  const list = language.byCategory.get(article.category) ?? [];
  const position = language.categoryPosition.get(article.url);
  if (position === undefined) return [];
  const distance = (other: Article): number => Math.abs(other.pubDate.getTime() - article.pubDate.getTime());
  const found: Article[] = [];
  let newer = position - 1;
  let older = position + 1;
  while (found.length < count && (newer >= 0 || older < list.length)) {
    const newerArticle = list[newer];
    const olderArticle = list[older];
    const takeNewer = newerArticle !== undefined && (olderArticle === undefined || distance(newerArticle) <= distance(olderArticle));
    const next = takeNewer ? newerArticle : olderArticle;
    if (takeNewer) newer--;
    else older++;
    if (next && !skip.has(next)) found.push(next);
  }
  return found;
}
