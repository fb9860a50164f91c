// Which articles translate which: the same slug in another language folder.
import type { Article } from "./articles.ts";

const indexes = new WeakMap<readonly Article[], Map<string, Map<string, Article>>>();

/** slug → (language → article), built once per list of articles. */
export function translationIndex(articles: readonly Article[]): Map<string, Map<string, Article>> {
  let index = indexes.get(articles);
  if (!index) {
    index = new Map();
    for (const article of articles) {
      const versions = index.get(article.slug) ?? new Map<string, Article>();
      versions.set(article.lang, article);
      index.set(article.slug, versions);
    }
    indexes.set(articles, index);
  }
  return index;
}

/** Every published language version of the article, its own included. */
export function versionsOf(article: Pick<Article, "slug">, articles: readonly Article[]): Map<string, Article> {
  return translationIndex(articles).get(article.slug) ?? new Map();
}

export interface SwitcherLink {
  lang: string;
  name: string;
  href: string;
  current: boolean;
}

/** One link per declared language: the page's own version where it exists, else that language's home. */
export function switcherLinks(
  languages: ReadonlyArray<{ code: string; name: string }>,
  currentLang: string,
  alternates: Readonly<Record<string, string>>,
): SwitcherLink[] {
  return languages.map(({ code, name }) => ({
    lang: code,
    name,
    href: alternates[code] ?? `/${code}/`,
    current: code === currentLang,
  }));
}
