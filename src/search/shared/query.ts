// The search page's state lives in its URL (?q=…&sort=newest&category=…&all=1): read, written, and turned into Pagefind options.

/** Filter names as the article page declares them (data-pagefind-filter) and as the URL carries them. */
export const searchFilterNames = ["category", "tag", "author"] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/** The sort key the article page declares (data-pagefind-sort). */
export const dateSortKey = "date";

/** The form field of the all-languages toggle, and the value a checked box sends. */
export const allLanguagesParam = "all";
const allLanguagesValue = "1";

export const searchSorts = ["relevance", "newest", "oldest"] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface SearchState {
  /** As the reader typed it (the field shows it back unchanged). */
  query: string;
  sort: SearchSort;
  filters: Record<SearchFilterName, string[]>;
  /** Search every language's index, not only the page's (the form's `all=1` checkbox). */
  allLanguages: boolean;
}

export interface PagefindSearchOptions {
  filters: Partial<Record<SearchFilterName, { any: string[] }>>;
  sort: Partial<Record<typeof dateSortKey, "asc" | "desc">>;
}

const isSort = (value: string | null): value is SearchSort => searchSorts.includes(value as SearchSort);

export function emptyFilters(): Record<SearchFilterName, string[]> {
  return { category: [], tag: [], author: [] };
}

/** Reads `?q=` and friends; unknown sorts fall back to relevance, empty and repeated filter values are dropped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = params.get("sort");
  const filters = emptyFilters();
  for (const name of searchFilterNames) {
    filters[name] = [...new Set(params.getAll(name).filter((value) => value.trim() !== ""))];
  }
  const allLanguages = params.get(allLanguagesParam) === allLanguagesValue;
  return { query: params.get("q") ?? "", sort: isSort(sort) ? sort : "relevance", filters, allLanguages };
}

/** The URL query for a state, so a search can be shared, reloaded, or opened without JavaScript's help. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  params.set("q", state.query);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.allLanguages) params.set(allLanguagesParam, allLanguagesValue);
  for (const name of searchFilterNames) for (const value of state.filters[name]) params.append(name, value);
  return params;
}

/** The text Pagefind searches for: surrounding space means nothing, and an empty query is no search at all. */
export function searchTerm(state: Pick<SearchState, "query">): string {
  return state.query.trim();
}

/** Values of one filter widen the results (any of them); different filters narrow them (all must hold). */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindSearchOptions["filters"] = {};
  for (const name of searchFilterNames) if (state.filters[name].length > 0) filters[name] = { any: state.filters[name] };
  const sort: PagefindSearchOptions["sort"] = {};
  if (state.sort !== "relevance") sort[dateSortKey] = state.sort === "newest" ? "desc" : "asc";
  return { filters, sort };
}

/**
 * The same search on another language's page, for its language switcher: the query, sort and all-languages choice as
 * they are, a category under its name in that language (dropped if it has none), tags and authors as written.
 */
export function stateInLanguage(
  state: SearchState,
  from: string,
  to: string,
  categoryNames: ReadonlyArray<Record<string, string>>,
): SearchState {
  const category = state.filters.category.flatMap((name) => {
    const translated = categoryNames.find((names) => names[from] === name)?.[to];
    return translated ? [translated] : [];
  });
  return { ...state, filters: { ...state.filters, category } };
}

export function hasFilters(state: SearchState): boolean {
  return searchFilterNames.some((name) => state.filters[name].length > 0);
}
