// Each language's articles in reading order, with lookups by tag and category: built once per build, shared by pages.
import { byNewest, type Article } from "../content/articles.ts";
import { listSlug } from "./urls.ts";

export interface LanguageIndex {
  /** Newest first, as lists show them; an article is known by its position here. */
  articles: Article[];
  /** url → position. */
  position: Map<string, number>;
  /** Publication time of each position, in milliseconds. */
  times: Float64Array;
  /** A number per category name, for each position. */
  categories: Int32Array;
  /** tag slug → positions, newest first. */
  byTag: Map<string, number[]>;
  /** category name → positions, newest first; and each position's place in its category's list. */
  byCategory: Map<string, number[]>;
  placeInCategory: Int32Array;
  /** Zeroed working space, one slot a position, for scoring candidates without allocating. */
  scratch: Int32Array;
}

// The articles collection is one array per build: everything here is computed once for it, never once per page.
const indexes = new WeakMap<readonly Article[], Map<string, LanguageIndex>>();

export function languageIndex(articles: readonly Article[], lang: string): LanguageIndex | undefined {
  let index = indexes.get(articles);
  if (!index) {
    index = buildIndexes(articles);
    indexes.set(articles, index);
  }
  return index.get(lang);
}

function buildIndexes(articles: readonly Article[]): Map<string, LanguageIndex> {
  const byLanguage = new Map<string, Article[]>();
  for (const article of [...articles].sort(byNewest)) {
    const list = byLanguage.get(article.lang);
    if (list) list.push(article);
    else byLanguage.set(article.lang, [article]);
  }
  return new Map([...byLanguage].map(([lang, list]) => [lang, indexLanguage(list)]));
}

function indexLanguage(articles: Article[]): LanguageIndex {
  const size = articles.length;
  const index: LanguageIndex = {
    articles,
    position: new Map(),
    times: new Float64Array(size),
    categories: new Int32Array(size),
    byTag: new Map(),
    byCategory: new Map(),
    placeInCategory: new Int32Array(size),
    scratch: new Int32Array(size),
  };
  const categoryNumbers = new Map<string, number>();
  articles.forEach((article, position) => {
    index.position.set(article.url, position);
    index.times[position] = article.pubDate.getTime();
    if (!categoryNumbers.has(article.category)) categoryNumbers.set(article.category, categoryNumbers.size);
    index.categories[position] = categoryNumbers.get(article.category) ?? -1;
    for (const tag of new Set(article.tags.map(listSlug))) {
      const tagged = index.byTag.get(tag);
      if (tagged) tagged.push(position);
      else index.byTag.set(tag, [position]);
    }
    const inCategory = index.byCategory.get(article.category);
    if (inCategory) index.placeInCategory[position] = inCategory.push(position) - 1;
    else index.byCategory.set(article.category, [position]);
  });
  return index;
}
