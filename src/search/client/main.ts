// The search page's script: runs ?q= at once, then keeps results, filters, sort and the URL in step as the reader works.
import { readSearchPageConfig } from "../shared/page-config.ts";
import {
  hasFilters,
  readSearchState,
  searchFilterNames,
  searchParams,
  searchSorts,
  searchTerm,
  stateInLanguage,
  type SearchState,
} from "../shared/query.ts";
import type { PagefindResponse } from "./pagefind-web.ts";
import { SearchEngine } from "./engine.ts";
import { SearchView } from "./view.ts";

const pageSize = 10;
/** Searching as the reader types waits for a pause, so a fast typist starts one search, not ten. */
const typingPause = 250;

async function start(root: HTMLElement): Promise<void> {
  const config = readSearchPageConfig(root.dataset.search);
  const view = new SearchView(root, config);
  const state: SearchState = readSearchState(new URLSearchParams(location.search));
  view.showState(state);
  const engine = new SearchEngine(config.indexes);
  try {
    await Promise.all(engine.languages(state.allLanguages).map((index) => engine.load(index)));
  } catch (error) {
    console.warn("Search index could not be loaded:", error);
    view.unavailable();
    return;
  }
  // The filter values wait until the reader opens a filter, or arrives with one in the URL: most searches never
  // filter, and the values are the largest part of the index a first search would otherwise fetch.
  let filtersBuilt: Promise<void> | undefined;
  const buildFilters = (): Promise<void> => {
    const built = engine.filters(state.allLanguages).then((all) => view.fillFilters(all, state));
    built.catch(() => undefined); // a failure surfaces in the search that awaits it, not as an unhandled rejection
    return built;
  };
  const openFilters = (): void => {
    if (filtersBuilt) return;
    filtersBuilt = buildFilters();
    // The results on the page were counted before the filter chunks came: count them again, showing nothing new.
    void filtersBuilt.then(() => recount()).catch(() => undefined);
  };
  view.buildFilterGroups(state, openFilters);
  if (hasFilters(state)) openFilters();

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
      // Pagefind counts filter values in a search's answer only once its filter chunks are loaded: a search started
      // before filters() finished came back, now and then, with every count 0 (and every filter value hidden).
      await filtersBuilt;
      const { response, searchedInstead, suggestion } = await engine.answer(term, state, pageSize);
      const [page, counts] = await Promise.all([
        Promise.all(response.results.slice(0, pageSize).map((result) => result.data())),
        engine.facetCounts(term, state, response.filters),
      ]);
      if (ticket !== latest) return; // a newer search has started: its results win
      shown = { response, count: page.length };
      view.showResults(state, response.results.length, page, counts, page.length < response.results.length, searchedInstead);
      // The corrected query keeps the reader's other choices (all languages, filters, sort).
      view.showSuggestion(
        suggestion,
        suggestion === undefined ? undefined : `?${searchParams({ ...state, query: suggestion }).toString()}`,
      );
    } catch (error) {
      if (ticket !== latest) return;
      console.warn("Search failed:", error);
      shown = undefined;
      view.unavailable();
    } finally {
      if (ticket === latest) view.busy(false);
    }
  };
  /** The filter counts of the search on the page, once the filter chunks are loaded (its chunks are loaded already). */
  const recount = async (): Promise<void> => {
    const ticket = latest;
    const term = searchTerm(state);
    if (!term) return;
    const { response } = await engine.answer(term, state);
    const counts = await engine.facetCounts(term, state, response.filters);
    if (ticket === latest) view.updateFilterCounts(counts);
  };
  const update = (): void => {
    history.replaceState(null, "", `?${searchParams(state).toString()}`);
    keepPlaceInSwitcher();
    void run();
  };
  // The language switcher leads to the same search on the other language's page, not to its empty form.
  const switcherLinks = [...document.querySelectorAll<HTMLAnchorElement>(".language-switcher a[hreflang]:not([aria-current])")];
  const keepPlaceInSwitcher = (): void => {
    for (const link of switcherLinks) {
      const lang = link.hreflang;
      const other = stateInLanguage(state, document.documentElement.lang, lang, config.categoryNames);
      link.search = searchTerm(other) ? `?${searchParams(other).toString()}` : "";
    }
  };
  keepPlaceInSwitcher();

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
  view.allLanguages?.addEventListener("change", () => {
    state.allLanguages = view.allLanguages?.checked ?? false;
    if (filtersBuilt) filtersBuilt = buildFilters();
    update();
  });
  const readFilters = (): void => {
    for (const name of searchFilterNames) {
      state.filters[name] = [...view.filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
    }
  };
  view.filters.addEventListener("change", () => {
    readFilters();
    update();
  });
  view.clearFilters.addEventListener("click", () => {
    for (const box of view.filters.querySelectorAll<HTMLInputElement>("input:checked")) box.checked = false;
    readFilters();
    view.input.focus(); // the button hides itself: focus goes back to the query rather than to the page's top
    update();
  });
  view.more.addEventListener("click", async () => {
    if (!shown) return;
    const { response, count } = shown;
    const page = await Promise.all(response.results.slice(count, count + pageSize).map((result) => result.data()));
    if (shown?.response !== response) return;
    shown = { response, count: count + page.length };
    view.appendResults(page, shown.count < response.results.length, state.allLanguages);
  });
  await run();
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) void start(root);
