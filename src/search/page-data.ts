// The search page's configuration as the build writes it: each language's index, synonyms and the page's UI strings.
import type { Language } from "../content/languages.ts";
import type { UiStrings } from "../i18n/ui-strings.ts";
import { pagefindModuleFor, type SearchLanguageIndex, type SearchPageConfig } from "./shared/page-config.ts";
import { languageSynonyms } from "./synonyms-file.ts";
import { articleVocabulary, vocabularyFolder } from "./shared/vocabulary.ts";
import { vocabularyFiles } from "./vocabulary-files.ts";
import type { Article } from "../content/articles.ts";

/**
 * The indexes a language's search page can search: its own, then the other languages that have articles (Pagefind
 * answers a language it has no index for with another language's index, which would be shown under the wrong name).
 */
export function searchIndexes(
  pageLang: string,
  languages: Language[],
  articles: readonly Article[],
  synonyms: unknown,
): SearchLanguageIndex[] {
  const withArticles = new Set(articles.map((article) => article.lang));
  const own = languages.filter((language) => language.code === pageLang);
  const others = languages.filter((language) => language.code !== pageLang && withArticles.has(language.code));
  return [...own, ...others].map(({ code, name }) => ({
    lang: code,
    name,
    pagefindUrl: pagefindModuleFor(code, pageLang),
    synonyms: languageSynonyms(synonyms, code),
    vocabularyFolder,
    vocabularyParts: vocabularyFiles(articleVocabulary(articles.filter((article) => article.lang === code))).parts,
  }));
}

export function searchPageConfig(
  strings: UiStrings,
  locale: string,
  indexes: SearchLanguageIndex[],
  categories: ReadonlyArray<{ names: Record<string, string> }>,
): SearchPageConfig {
  return {
    locale,
    categoryNames: categories.map(({ names }) => names),
    indexes,
    strings: {
      resultCount: strings.searchResultCount,
      nothingFound: strings.searchNothingFound,
      nothingWithFilters: strings.searchNothingWithFilters,
      showingInstead: strings.searchShowingInstead,
      didYouMean: strings.searchDidYouMean,
      unavailable: strings.searchUnavailable,
      filterLegends: { category: strings.category, tag: strings.tags, author: strings.author },
    },
  };
}
