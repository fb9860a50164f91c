// What the search page tells its script (strings, locale, where Pagefind lives), as JSON in one data attribute.
import { searchFilterNames, type SearchFilterName } from "./search-query.ts";
import type { SynonymGroups } from "./search-synonyms.ts";
import type { UiStrings } from "./ui-strings.ts";

/** The folder the index and Pagefind's browser module are served from. */
export const searchBundleFolder = "pagefind";
export const pagefindModuleUrl = `/${searchBundleFolder}/pagefind.js`;
/** The only JavaScript the site ships, loaded by the search pages alone. */
export const searchScriptUrl = "/assets/search.js";

export interface SearchPageConfig {
  locale: string;
  pagefindUrl: string;
  /** The page language's synonym groups (_data/synonyms.json): the script searches each variant of a query. */
  synonyms: SynonymGroups;
  /** Where the words a misspelt query is corrected towards are (lib/search-vocabulary.ts); empty for none. */
  vocabularyUrl: string;
  strings: {
    /** "Найдено статей: {count}" */
    resultCount: string;
    /** "По запросу «{query}» ничего не найдено." */
    nothingFound: string;
    /** "Показаны результаты по запросу «{query}»." (the query the page searched instead of the one typed) */
    showingInstead: string;
    unavailable: string;
    filterLegends: Record<SearchFilterName, string>;
  };
}

export function searchPageConfig(strings: UiStrings, locale: string, synonyms: SynonymGroups = [], vocabularyUrl = ""): SearchPageConfig {
  return {
    locale,
    pagefindUrl: pagefindModuleUrl,
    synonyms,
    vocabularyUrl,
    strings: {
      resultCount: strings.searchResultCount,
      nothingFound: strings.searchNothingFound,
      showingInstead: strings.searchShowingInstead,
      unavailable: strings.searchUnavailable,
      filterLegends: { category: strings.category, tag: strings.tags, author: strings.author },
    },
  };
}

/** The script's side: a page that lost its configuration says so instead of failing somewhere later. */
export function readSearchPageConfig(json: string | undefined): SearchPageConfig {
  const config = JSON.parse(json ?? "null") as Partial<SearchPageConfig> | null;
  const strings = config?.strings;
  const complete =
    typeof config?.locale === "string" &&
    typeof config.pagefindUrl === "string" &&
    Array.isArray(config.synonyms) &&
    typeof config.vocabularyUrl === "string" &&
    typeof strings?.resultCount === "string" &&
    typeof strings.nothingFound === "string" &&
    typeof strings.showingInstead === "string" &&
    typeof strings.unavailable === "string" &&
    searchFilterNames.every((name) => typeof strings.filterLegends?.[name] === "string");
  if (!complete) throw new Error(`Search page: data-search expected the search configuration, found ${json ?? "nothing"}`);
  return config as SearchPageConfig;
}
