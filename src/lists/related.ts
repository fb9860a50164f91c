// Under each article: the newer and older article of its language, and up to three related ones (shared tags, category).
import { languageIndex, type LanguageIndex } from "./article-index.ts";
import type { Article } from "../content/articles.ts";
import { listSlug } from "./urls.ts";

/** A shared tag says more about a subject than a shared category: any tag outweighs the category alone. */
export const sharedTagPoints = 2;
export const sameCategoryPoints = 1;

export interface Neighbours {
  newer?: Article;
  older?: Article;
}

/** The articles published just before and just after this one, in its language. */
export function neighboursOf(article: Article, articles: readonly Article[]): Neighbours {
  const language = languageIndex(articles, article.lang);
  const position = language?.position.get(article.url);
  if (!language || position === undefined) return {};
  return { newer: language.articles[position - 1], older: language.articles[position + 1] };
}

/**
 * Up to `limit` articles of the same language, by points (2 a shared tag, 1 the same category), then nearest in date,
 * then newer: the same articles always give the same order.
 */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 3): Article[] {
  const language = languageIndex(articles, article.lang);
  const own = language?.position.get(article.url);
  if (!language || own === undefined || limit <= 0) return [];
  const chosen = bestTagSharing(language, own, article.tags.map(listSlug), limit);
  // Fewer than `limit` means every tag-sharing article is chosen; the rest share the category alone.
  if (chosen.length < limit) chosen.push(...nearestInCategory(language, own, limit - chosen.length, new Set(chosen)));
  return chosen.map((position) => language.articles[position]).filter((related) => related !== undefined);
}

/**
 * Popular tags make this the hot loop of a build (thousands of candidates for each of thousands of articles):
 * points add up in the index's scratch array and only positions are compared, so nothing is allocated per candidate.
 */
function bestTagSharing(language: LanguageIndex, own: number, tags: string[], limit: number): number[] {
  const { scratch, times, categories } = language;
  const touched: number[] = [];
  for (const tag of new Set(tags)) {
    for (const position of language.byTag.get(tag) ?? []) {
      if (position === own) continue;
      if (scratch[position] === 0) touched.push(position);
      scratch[position] = (scratch[position] ?? 0) + sharedTagPoints;
    }
  }
  for (const position of touched) {
    if (categories[position] === categories[own]) scratch[position] = (scratch[position] ?? 0) + sameCategoryPoints;
  }
  const ownTime = times[own] ?? 0;
  const distance = (position: number): number => Math.abs((times[position] ?? 0) - ownTime);
  // Higher points first, then the nearer date, then the newer (lower position).
  const before = (a: number, b: number): boolean => {
    const pointsA = scratch[a] ?? 0;
    const pointsB = scratch[b] ?? 0;
    if (pointsA !== pointsB) return pointsA > pointsB;
    const distanceA = distance(a);
    const distanceB = distance(b);
    return distanceA !== distanceB ? distanceA < distanceB : a < b;
  };
  const top: number[] = [];
  for (const position of touched) {
    if (top.length === limit && !before(position, top[limit - 1] ?? position)) continue;
    let at = top.length;
    while (at > 0 && before(position, top[at - 1] ?? position)) at--;
    top.splice(at, 0, position);
    if (top.length > limit) top.pop();
  }
  for (const position of touched) scratch[position] = 0;
  return top;
}

/**
 * Walks out from the article in its category's list, nearest date first; articles at the same distance (on either side,
 * or the same day) come newer first, as everywhere else.
 */
function nearestInCategory(language: LanguageIndex, own: number, count: number, skip: Set<number>): number[] {
  const { times } = language;
  const list = language.byCategory.get(language.articles[own]?.category ?? "") ?? [];
  const place = language.placeInCategory[own] ?? 0;
  const distanceAt = (index: number): number => Math.abs((times[list[index] ?? own] ?? 0) - (times[own] ?? 0));
  const found: number[] = [];
  let newer = place - 1;
  let older = place + 1;
  while (found.length < count && (newer >= 0 || older < list.length)) {
    const nearest = Math.min(newer >= 0 ? distanceAt(newer) : Infinity, older < list.length ? distanceAt(older) : Infinity);
    const group: number[] = [];
    for (; newer >= 0 && distanceAt(newer) === nearest; newer--) group.push(list[newer] ?? own);
    for (; older < list.length && distanceAt(older) === nearest; older++) group.push(list[older] ?? own);
    found.push(...group.filter((position) => !skip.has(position)).sort((a, b) => a - b));
  }
  return found.slice(0, count);
}
