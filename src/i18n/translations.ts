// Which articles translate which (the same slug in another language folder), the original, and switcher targets.
import { articleUrl, type Article } from "../content/articles.ts";

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

/** Language codes with the default language first, then in declared order: the order originals are looked for in. */
export function languagePreference(site: { defaultLanguage: string; languages: ReadonlyArray<{ code: string }> }): string[] {
  const codes = site.languages.map(({ code }) => code);
  return [site.defaultLanguage, ...codes.filter((code) => code !== site.defaultLanguage)];
}

/**
 * The original among an article's language versions: a version that records no `translatedFrom` (the default
 * language first when several do not); when every version records one, the most preferred language.
 */
export function sortOriginalFirst<T extends { lang: string; translatedFrom?: string | undefined }>(
  versions: readonly T[],
  preference: readonly string[],
): T[] {
  const rank = (version: T): number => {
    const position = preference.indexOf(version.lang);
    return (version.translatedFrom ? preference.length + 1 : 0) + (position < 0 ? preference.length : position);
  };
  return [...versions].sort((a, b) => rank(a) - rank(b));
}

/** Every language's URL of this article: its translation, or the "not yet translated" page at that same address. */
export function articleSwitcherTargets(slug: string, languageCodes: readonly string[]): Record<string, string> {
  return Object.fromEntries(languageCodes.map((lang) => [lang, articleUrl({ lang, slug })]));
}

/** A language an article is not published in: its URL gets a page pointing readers to the versions that exist. */
export interface MissingTranslation {
  lang: string;
  slug: string;
  url: string;
  /** The published versions, original first. */
  versions: Article[];
}

/**
 * One entry per article and declared language without a published version. `takenUrls` are every page the build
 * writes: a URL that some file already claims (even an invalid article the build is about to reject) is never reused.
 */
export function missingTranslations(
  articles: readonly Article[],
  preference: readonly string[],
  takenUrls: ReadonlySet<string>,
): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const [slug, byLanguage] of translationIndex(articles)) {
    const versions = sortOriginalFirst([...byLanguage.values()], preference);
    for (const lang of preference) {
      const url = articleUrl({ lang, slug });
      if (!byLanguage.has(lang) && !takenUrls.has(url)) missing.push({ lang, slug, url, versions });
    }
  }
  return missing;
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
