// The part of Pagefind's browser module (/pagefind/pagefind.js) the search page uses, typed, and its loader.
import type { PagefindSearchOptions } from "../shared/query.ts";

/** The page's options plus what the script adds itself: an `all` filter (every value must hold). */
export interface PagefindQueryOptions {
  filters: Record<string, { any?: string[]; all?: string[] }>;
  sort: PagefindSearchOptions["sort"];
}

/** filter name → value → number of pages */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, its words split at white space. */
  content: string;
  /** Where in `content` the query matched, by word position, each with its weight (1: the article's own text). */
  weighted_locations?: Array<{ weight: number; location: number }>;
  meta: Partial<Record<"title" | "date" | "image", string>>;
  filters: Record<string, string[]>;
  /** The language of the index that found the page: set by the script (search-merge.ts), not by Pagefind. */
  lang?: string;
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
  search(term: string, options?: PagefindQueryOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindWeb;
}

/**
 * One language's Pagefind: its own copy of the module (the URL differs per language: src/search/shared/page-config.ts), so its own
 * worker, WebAssembly and stemmer. Pagefind 1.6 takes an instance's language only from <html lang>, read once while the
 * instance is created: the attribute is set for that synchronous call and put back before anything can render.
 */
export async function loadPagefind(url: string, lang: string): Promise<PagefindWeb> {
  const module = (await import(url)) as PagefindModule;
  const html = document.documentElement;
  const pageLang = html.lang;
  let pagefind: PagefindWeb;
  try {
    html.lang = lang;
    // On the main thread: Pagefind's worker is a second copy of it (43 KB) fetched after the first, and its fetches
    // cannot use the page's preloads; a search of 50,000 pages takes the main thread milliseconds.
    pagefind = module.createInstance({ noWorker: true });
  } finally {
    html.lang = pageLang;
  }
  await pagefind.init();
  return pagefind;
}
