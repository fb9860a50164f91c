// The search page's script: runs ?q= at once, then keeps results, filters, sort and the URL in step as the reader works.
import { readSearchPageConfig } from "../../lib/search-page.ts";
import { switchLayout } from "../../lib/keyboard-layout.ts";
import { correctQuery } from "../../lib/search-vocabulary.ts";
import { queryVariants } from "../../lib/search-synonyms.ts";
import { pagefindOptions, readSearchState, searchFilterNames, searchParams, searchSorts, searchTerm, type SearchState } from "../../lib/search-query.ts";
import { loadPagefind, type PagefindResponse, type PagefindWeb } from "./pagefind-web.ts";
import { mergeResponses } from "./search-merge.ts";
import { SearchView } from "./search-view.ts";

const pageSize = 10;
/** Searching as the reader types waits for a pause, so a fast typist starts one search, not ten. */
const typingPause = 250;

async function start(root: HTMLElement): Promise<void> {
  const config = readSearchPageConfig(root.dataset.search);
  const view = new SearchView(root, config);
  const state: SearchState = readSearchState(new URLSearchParams(location.search));
  view.showState(state);
  let pagefind: PagefindWeb;
  try {
    pagefind = await loadPagefind(config.pagefindUrl);
  } catch (error) {
    console.warn("Search index could not be loaded:", error);
    view.unavailable();
    return;
  }
  // The filter list loads while the first query runs; results wait for it only to show their counts.
  const filtersBuilt = pagefind.filters().then((all) => view.buildFilters(all, state));
  filtersBuilt.catch(() => undefined); // a failure surfaces in the search that awaits it, not as an unhandled rejection

  /** The query and its synonym variants run together; a page found by several is listed once. */
  const searchWithSynonyms = async (query: string): Promise<PagefindResponse> => {
    const options = pagefindOptions(state);
    const variants = queryVariants(query, config.synonyms);
    return mergeResponses(await Promise.all(variants.map((variant) => pagefind.search(variant, options))), state.sort);
  };

  /** Fetched the first time a query finds nothing; a missing list only means no typo is corrected. */
  let words: Promise<string[]> | undefined;
  const vocabulary = (): Promise<string[]> =>
    (words ??= config.vocabularyUrl
      ? fetch(config.vocabularyUrl)
          .then((reply) => (reply.ok ? (reply.json() as Promise<string[]>) : []))
          .catch(() => [])
      : Promise.resolve([]));

  let latest = 0;
  let shown: { response: PagefindResponse; count: number } | undefined;
  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const term = searchTerm(state);
    if (!term) {
      shown = undefined;
      view.clear();
      return;
    }
    view.busy(true);
    try {
      let response = await searchWithSynonyms(term);
      // Nothing for the query as typed: perhaps it was typed in the other keyboard layout («ntcns» for «тесты»).
      let searchedInstead: string | undefined;
      const switched = response.results.length === 0 ? switchLayout(term) : undefined;
      if (switched) {
        const retry = await searchWithSynonyms(switched);
        if (retry.results.length > 0) [response, searchedInstead] = [retry, switched];
      }
      // Still nothing: perhaps a letter was wrong, missing or extra («квантавые» for «квантовые»).
      const corrected = response.results.length === 0 ? correctQuery(term, await vocabulary()) : undefined;
      if (corrected) {
        const retry = await searchWithSynonyms(corrected);
        if (retry.results.length > 0) [response, searchedInstead] = [retry, corrected];
      }
      const page = await Promise.all(response.results.slice(0, pageSize).map((result) => result.data()));
      await filtersBuilt;
      if (ticket !== latest) return; // a newer search has started: its results win
      shown = { response, count: page.length };
      view.showResults(state, response.results.length, page, response.filters, page.length < response.results.length, searchedInstead);
    } catch (error) {
      if (ticket !== latest) return;
      console.warn("Search failed:", error);
      shown = undefined;
      view.unavailable();
    } finally {
      if (ticket === latest) view.busy(false);
    }
  };
  const update = (): void => {
    history.replaceState(null, "", `?${searchParams(state).toString()}`);
    void run();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  view.input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.query = view.input.value;
      update();
    }, typingPause);
  });
  view.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state.query = view.input.value;
    update();
  });
  view.sort.addEventListener("change", () => {
    state.sort = searchSorts.find((sort) => sort === view.sort.value) ?? "relevance";
    update();
  });
  view.filters.addEventListener("change", () => {
    for (const name of searchFilterNames) {
      state.filters[name] = [...view.filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
    }
    update();
  });
  view.more.addEventListener("click", async () => {
    if (!shown) return;
    const { response, count } = shown;
    const page = await Promise.all(response.results.slice(count, count + pageSize).map((result) => result.data()));
    if (shown?.response !== response) return;
    shown = { response, count: count + page.length };
    view.appendResults(page, shown.count < response.results.length);
  });
  await run();
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) void start(root);
