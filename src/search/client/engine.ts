// Runs a reader's query: each chosen language's index with its synonyms, the other keyboard layout when nothing
// matches, and a typo correction whose extra results rank below the typed query's.
import { switchLayout } from "../shared/keyboard-layout.ts";
import { abbreviationFilter, queryAbbreviations } from "../shared/abbreviations.ts";
import { articleExcerpt, matchesAsked } from "../shared/excerpt.ts";
import { askedWord, resultsShowWords, wordsOf } from "../shared/match.ts";
import type { SearchLanguageIndex } from "../shared/page-config.ts";
import { pagefindOptions, searchFilterNames, type PagefindSearchOptions, type SearchState } from "../shared/query.ts";
import { queryVariants } from "../shared/synonyms.ts";
import { correctableWords, correctQuery, vocabularyPartNames } from "../shared/vocabulary.ts";
import { loadPagefind, type FilterCounts, type PagefindResponse, type PagefindWeb } from "./pagefind-web.ts";
import { appendResponse, inLanguage, mergeCounts, mergeResponses, nothingFound } from "./merge.ts";

export interface SearchAnswer {
  response: PagefindResponse;
  /** The query the page searched instead of the typed one, which found nothing. */
  searchedInstead?: string;
  /** A corrected query the page offers as a link: it found articles the typed query did not. */
  suggestion?: string;
}

export class SearchEngine {
  private readonly instances = new Map<string, Promise<PagefindWeb>>();
  private readonly vocabularies = new Map<string, Promise<string[]>>();

  constructor(private readonly indexes: SearchLanguageIndex[]) {}

  /** The page's language alone, or every language with articles. */
  languages(all: boolean): SearchLanguageIndex[] {
    return all ? this.indexes : this.indexes.slice(0, 1);
  }

  /** Each language's Pagefind is loaded the first time it is searched, and once. */
  load(index: SearchLanguageIndex): Promise<PagefindWeb> {
    let instance = this.instances.get(index.lang);
    if (!instance) {
      instance = loadPagefind(index.pagefindUrl, index.lang);
      this.instances.set(index.lang, instance);
    }
    return instance;
  }

  /** Every filter value of the chosen languages' indexes. */
  async filters(all: boolean): Promise<FilterCounts> {
    const counts = await Promise.all(this.languages(all).map(async (index) => (await this.load(index)).filters()));
    return mergeCounts(counts, true);
  }

  /** `firstPage`: how many results the page shows first, whose data is fetched as soon as the typed query answers. */
  async answer(term: string, state: SearchState, firstPage = 0): Promise<SearchAnswer> {
    const typed = this.search(term, state);
    typed.catch(() => undefined); // it runs while the word list loads; a failure is thrown where it is awaited below
    // The first page's fragments load together with the five the check below reads, not in a second round after it.
    void typed.then(
      (response) => {
        for (const result of response.results.slice(0, firstPage)) result.data().catch(() => undefined);
      },
      () => undefined,
    );
    // A letter wrong, missing or extra («Брюсель» for «Брюссель»): its pages come after the typed query's.
    const words = await Promise.all(this.languages(state.allLanguages).map((index) => this.vocabulary(index, term)));
    const corrected = correctQuery(term, [...new Set(words.flat())].sort());
    const [answered, retry] = await Promise.all([typed, corrected ? this.search(corrected, state) : undefined]);
    // Results that show none of the typed words are Pagefind's prefix fallback («кщзщщщ» "finds" every «к»): nothing.
    const response = (await this.shows(answered, term, state)) ? answered : nothingFound();
    if (corrected && retry && retry.results.length > 0) {
      if (response.results.length === 0) return { response: retry, searchedInstead: corrected, suggestion: corrected };
      const extended = appendResponse(response, retry);
      if (extended !== response) return { response: extended, suggestion: corrected };
    }
    // Nothing as typed, nothing corrected: perhaps it was typed in the other keyboard layout («ntcns» for «тесты»).
    // The correction goes first: it needs a word of the articles one letter away, the layout switch always has a guess.
    const switched = response.results.length === 0 ? switchLayout(term) : undefined;
    if (switched) {
      const retry = await this.search(switched, state);
      if (await this.shows(retry, switched, state)) return { response: retry, searchedInstead: switched };
    }
    return { response };
  }

  /**
   * The counts the filters list beside their values, as a faceted search counts them: each filter's values among the
   * results of every other filter's choices but not its own. Pagefind counts a group with its own choice applied too,
   * so ticking «Агенты» hid every other tag (they would widen the results, being "any of") and left «Агенты (0)» when
   * the query changed. `filtered`: the answer's own counts, right for each filter nothing is chosen in; a filter with a
   * choice costs one more answer, without that choice.
   */
  async facetCounts(term: string, state: SearchState, filtered: FilterCounts): Promise<FilterCounts> {
    const chosen = searchFilterNames.filter((name) => state.filters[name].length > 0);
    const own = await Promise.all(
      chosen.map(async (name) => {
        const { response } = await this.answer(term, { ...state, filters: { ...state.filters, [name]: [] } });
        return [name, response.filters[name] ?? {}] as const;
      }),
    );
    return { ...filtered, ...Object.fromEntries(own) };
  }

  /** Whether the first results show the query's words (or a synonym's) in their excerpt, title or labels. */
  private async shows(response: PagefindResponse, query: string, state: SearchState): Promise<boolean> {
    const shown = await Promise.all(
      response.results.slice(0, 5).map(async (result) => {
        const { excerpt, meta, filters } = await result.data();
        return { excerpt, title: meta.title, labels: Object.values(filters).flat() };
      }),
    );
    const languages = this.languages(state.allLanguages);
    const queries = languages.flatMap((index) => queryVariants(query, index.synonyms));
    const abbreviations = languages.flatMap((index) => queries.flatMap((variant) => queryAbbreviations(variant, index.synonyms)));
    return resultsShowWords(shown, queries, abbreviations);
  }

  /** The query in each chosen language, with that language's synonyms; a page found by several variants is listed once. */
  private async search(query: string, state: SearchState): Promise<PagefindResponse> {
    const options = pagefindOptions(state);
    const languages = this.languages(state.allLanguages);
    const answers = await Promise.all(
      languages.map(async (index) => {
        const pagefind = await this.load(index);
        const variants = queryVariants(query, index.synonyms).map((variant) => ({
          variant,
          abbreviations: queryAbbreviations(variant, index.synonyms),
        }));
        const asked = askedWord(
          variants.map(({ variant }) => variant),
          variants.flatMap(({ abbreviations }) => abbreviations),
        );
        const responses = await Promise.all(
          variants.map(async ({ variant, abbreviations }) => {
            const response = await searchWholeWords(pagefind, variant, abbreviations, options);
            return (await showsVariant(response, askedWord([variant], abbreviations))) ? response : nothingFound();
          }),
        );
        return inLanguage(withArticleExcerpts(await mergeResponses(responses, state.sort), asked), index.lang);
      }),
    );
    return mergeResponses(answers, state.sort, true);
  }

  /** The parts of the word list the query's words need, each fetched once; a missing part only means no correction. */
  private async vocabulary(index: SearchLanguageIndex, query: string): Promise<string[]> {
    const names = [...new Set(correctableWords(query).flatMap(vocabularyPartNames))];
    const parts = await Promise.all(
      names.map((name) => {
        const key = `${index.lang}/${name}`;
        let words = this.vocabularies.get(key);
        const file = index.vocabularyParts[name];
        if (!file) return Promise.resolve([]);
        if (!words) {
          words = fetch(`${index.vocabularyFolder}${file}`)
            .then((reply) => (reply.ok ? (reply.json() as Promise<string[]>) : []))
            .catch(() => []);
          this.vocabularies.set(key, words);
        }
        return words;
      }),
    );
    return parts.flat();
  }
}

/**
 * One variant, its short words matched whole: abbreviations through the filter each article files them under, and a
 * single word of three letters or fewer as Pagefind's exact (quoted) search, so «код» is not «кодекс».
 */
async function searchWholeWords(
  pagefind: PagefindWeb,
  variant: string,
  abbreviations: string[],
  options: PagefindSearchOptions,
): Promise<PagefindResponse> {
  if (abbreviations.length > 0) {
    const filters = { ...options.filters, [abbreviationFilter]: { all: abbreviations } };
    return pagefind.search(variant, { ...options, filters });
  }
  const words = wordsOf(variant);
  const [only] = words;
  const term = words.length === 1 && only !== undefined && only.length <= 3 ? `"${only}"` : variant;
  return pagefind.search(term, options);
}

/**
 * Whether a variant found its own words: a synonym variant whose words the index lacks («Европейский союз») gets
 * Pagefind's prefix fallback, pages that show none of them. Its first results tell, as in SearchEngine.shows.
 */
async function showsVariant(response: PagefindResponse, asked: (word: string) => boolean, first = 3): Promise<boolean> {
  if (response.results.length === 0) return true;
  const shown = await Promise.all(response.results.slice(0, first).map(async (result) => matchesAsked(await result.data(), asked)));
  return shown.includes(true);
}

/** Each result's excerpt cut from the article's own text, with the asked words marked (src/search/shared/excerpt.ts). */
function withArticleExcerpts(response: PagefindResponse, asked: (word: string) => boolean): PagefindResponse {
  const results = response.results.map((result) => {
    // Cut once: the page, the checks and the sort by date all ask for the same result's data.
    let data: ReturnType<typeof result.data> | undefined;
    const withExcerpt = async (): ReturnType<typeof result.data> => {
      const fragment = await result.data();
      return { ...fragment, excerpt: articleExcerpt(fragment, asked) };
    };
    return { ...result, data: () => (data ??= withExcerpt()) };
  });
  return { ...response, results };
}
