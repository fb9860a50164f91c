// One answer from several Pagefind searches (a query and its synonym variants): each page once, best score kept.
import type { SearchSort } from "../../lib/search-query.ts";
import type { FilterCounts, PagefindResponse, PagefindResult, PagefindResultData } from "./pagefind-web.ts";

/** A page's data is fetched once, however many variants found it and however often the view asks. */
function remembered(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, score: result.score, data: () => (data ??= result.data()) };
}

/** Per value, the largest count any variant saw: never more pages than exist (a sum would count a page twice). */
function largestCounts(all: FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const target = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = Math.max(target[value] ?? 0, count);
    }
  }
  return merged;
}

export async function mergeResponses(responses: PagefindResponse[], sort: SearchSort): Promise<PagefindResponse> {
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
    unfilteredResultCount: Math.max(...answered.map((response) => response.unfilteredResultCount)),
    filters: largestCounts(answered.map((response) => response.filters)),
    totalFilters: largestCounts(answered.map((response) => response.totalFilters)),
  };
}
