// What the search page tells its script (strings, locale, each language's index), as JSON in one data attribute:
// its shape, the addresses it names, and the script's reader.
import { searchFilterNames, type SearchFilterName } from "./query.ts";
import type { SynonymGroups } from "./synonyms.ts";

/** The folder the index and Pagefind's browser module are served from. */
export const searchBundleFolder = "pagefind";
export const pagefindModuleUrl = `/${searchBundleFolder}/pagefind.js`;
/**
 * A language's WebAssembly (Pagefind's search code with the language's stemmer), named by its primary subtag. The
 * search page preloads its own: otherwise its fetch would wait for pagefind.js and then for pagefind-entry.json.
 */
export function pagefindWasmUrl(lang: string): string {
  return `/${searchBundleFolder}/wasm.${lang.split("-")[0]?.toLowerCase()}.pagefind`;
}

/** The only JavaScript the site ships, loaded by the search pages alone. */
export const searchScriptUrl = "/assets/search.js";

/** One language's part of the index, as the script searches it. */
export interface SearchLanguageIndex {
  lang: string;
  /** The language's name in itself ("Русский"), shown on its results when every language is searched. */
  name: string;
  /**
   * Pagefind's module for this language. Another language gets its own copy of the module (a URL of its own), so it
   * runs its own WebAssembly and stemmer: an index merged into the page's instance would be searched with the page's.
   */
  pagefindUrl: string;
  /** The language's synonym groups (_data/synonyms.json): the script searches each variant of a query. */
  synonyms: SynonymGroups;
  /** The folder of the word list a misspelt query is corrected towards, in parts (src/search/shared/vocabulary.ts). */
  vocabularyFolder: string;
  /** Part name → the file of that folder holding its words; a part with no words is absent (src/search/shared/vocabulary.ts). */
  vocabularyParts: Record<string, string>;
}

export interface SearchPageConfig {
  locale: string;
  /** Each category's name by language (_data/categories.json): the language switcher keeps a category filter. */
  categoryNames: Array<Record<string, string>>;
  /** The page's language first, then each other language with articles (searched when the reader asks for all). */
  indexes: SearchLanguageIndex[];
  strings: {
    /** "Найдено статей: {count}" */
    resultCount: string;
    /** "По запросу «{query}» ничего не найдено." */
    nothingFound: string;
    /** "По запросу «{query}» с выбранными фильтрами ничего не найдено." (the filters, not the words, left nothing) */
    nothingWithFilters: string;
    /** "Показаны результаты по запросу «{query}»." (the query the page searched instead of the one typed) */
    showingInstead: string;
    /** "Возможно, вы имели в виду «{query}»?" ({query} becomes a link to the corrected search) */
    didYouMean: string;
    unavailable: string;
    filterLegends: Record<SearchFilterName, string>;
  };
}

/** The module URL of a language's index on the search page of `pageLang` (see SearchLanguageIndex.pagefindUrl). */
export function pagefindModuleFor(lang: string, pageLang: string): string {
  return lang === pageLang ? pagefindModuleUrl : `${pagefindModuleUrl}?language=${encodeURIComponent(lang)}`;
}

const isIndex = (index: Partial<SearchLanguageIndex> | null): boolean =>
  typeof index?.lang === "string" &&
  typeof index.name === "string" &&
  typeof index.pagefindUrl === "string" &&
  Array.isArray(index.synonyms) &&
  typeof index.vocabularyFolder === "string" &&
  typeof index.vocabularyParts === "object" &&
  index.vocabularyParts !== null;

/** The script's side: a page that lost its configuration says so instead of failing somewhere later. */
export function readSearchPageConfig(json: string | undefined): SearchPageConfig {
  const config = JSON.parse(json ?? "null") as Partial<SearchPageConfig> | null;
  const strings = config?.strings;
  const complete =
    typeof config?.locale === "string" &&
    Array.isArray(config.categoryNames) &&
    Array.isArray(config.indexes) &&
    config.indexes.length > 0 &&
    config.indexes.every(isIndex) &&
    typeof strings?.resultCount === "string" &&
    typeof strings.nothingFound === "string" &&
    typeof strings.nothingWithFilters === "string" &&
    typeof strings.showingInstead === "string" &&
    typeof strings.didYouMean === "string" &&
    typeof strings.unavailable === "string" &&
    searchFilterNames.every((name) => typeof strings.filterLegends?.[name] === "string");
  if (!complete) throw new Error(`Search page: data-search expected the search configuration, found ${json ?? "nothing"}`);
  return config as SearchPageConfig;
}
