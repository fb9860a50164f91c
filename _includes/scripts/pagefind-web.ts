// The part of Pagefind's browser module (/pagefind/pagefind.js) the search page uses, typed, and its loader.
import type { PagefindSearchOptions } from "../../lib/search-query.ts";

/** filter name → value → number of pages */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<"title" | "date" | "image", string>>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts among the results of this search, with its filters applied. */
  filters: FilterCounts;
  /** Counts among the results of this search, without filters. */
  totalFilters: FilterCounts;
}

export interface PagefindWeb {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind picks the index of the page's <html lang>; init() starts fetching it before the first query is typed. */
export async function loadPagefind(url: string): Promise<PagefindWeb> {
  const pagefind = (await import(url)) as PagefindWeb;
  await pagefind.init();
  return pagefind;
}
