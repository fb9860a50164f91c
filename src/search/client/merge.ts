// One answer from several Pagefind searches (a query's synonym variants, every language's index, a corrected query).
import type { SearchSort } from "../shared/query.ts";
import type { FilterCounts, PagefindResponse, PagefindResult, PagefindResultData } from "./pagefind-web.ts";

/** A page's data is fetched once, however many variants found it and however often the view asks. */
function remembered(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
}

/**
 * Per value, the largest count any variant saw: never more pages than exist (a sum would count a page twice). Answers
 * that cannot share a page (different languages' indexes) add up instead.
 */
export function mergeCounts(all: FilterCounts[], disjoint = false): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const target = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values))
        target[value] = disjoint ? (target[value] ?? 0) + count : Math.max(target[value] ?? 0, count);
    }
  }
  return merged;
}

/** One language's answer, each result marked with the language (its label on the page) and an id no other index has. */
export function inLanguage(response: PagefindResponse, lang: string): PagefindResponse {
  const results = response.results.map((result) => ({
    id: `${lang}:${result.id}`,
    score: result.score,
    data: async () => ({ ...(await result.data()), lang }),
  }));
  return { ...response, results };
}

/**
 * Merges answers, each page once with its best score. `disjoint`: the answers come from different languages' indexes,
 * so no page is in two of them and their counts add up.
 */
export async function mergeResponses(responses: PagefindResponse[], sort: SearchSort, disjoint = false): Promise<PagefindResponse> {
  const answered = responses.filter((response) => response.results.length > 0);
  const [only] = answered;
  if (answered.length <= 1) return only ?? responses[0] ?? { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
  const byPage = new Map<string, PagefindResult>();
  for (const result of answered.flatMap((response) => response.results)) {
    const seen = byPage.get(result.id);
    if (!seen || seen.score < result.score) byPage.set(result.id, remembered(result));
  }
  let results = [...byPage.values()].sort((a, b) => b.score - a.score);
  if (sort !== "relevance") {
    // Each variant came sorted by date; together they are sorted again, by the date each page carries.
    const dates = await Promise.all(results.map(async (result) => (await result.data()).meta.date ?? ""));
    const order = results.map((result, index) => ({ result, date: dates[index] ?? "" }));
    order.sort((a, b) => (sort === "newest" ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
    results = order.map(({ result }) => result);
  }
  return {
    results,
    unfilteredResultCount: (disjoint ? sum : Math.max)(...answered.map((response) => response.unfilteredResultCount)),
    filters: mergeCounts(
      answered.map((response) => response.filters),
      disjoint,
    ),
    totalFilters: mergeCounts(
      answered.map((response) => response.totalFilters),
      disjoint,
    ),
  };
}

const sum = (...counts: number[]): number => counts.reduce((total, count) => total + count, 0);

/** The typed query's results first, then the pages only the corrected query found: exact matches rank above guesses. */
export function appendResponse(first: PagefindResponse, extra: PagefindResponse): PagefindResponse {
  const seen = new Set(first.results.map((result) => result.id));
  const added = extra.results.filter((result) => !seen.has(result.id));
  if (added.length === 0) return first;
  return {
    results: [...first.results, ...added],
    unfilteredResultCount: Math.max(first.unfilteredResultCount, extra.unfilteredResultCount),
    filters: mergeCounts([first.filters, extra.filters]),
    totalFilters: mergeCounts([first.totalFilters, extra.totalFilters]),
  };
}
