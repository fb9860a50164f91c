// Several Pagefind answers (a query and its synonym variants) become one: each page once, in the order asked for.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { PagefindResponse, PagefindResult } from "../../../src/search/client/pagefind-web.ts";
import { appendResponse, inLanguage, mergeResponses } from "../../../src/search/client/merge.ts";

const page = (id: string, score: number, date: string): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/ru/blog/${id}/`, excerpt: "", content: "", meta: { date }, filters: {} }),
});
const answer = (results: PagefindResult[], tags: Record<string, number> = {}): PagefindResponse => ({
  results,
  unfilteredResultCount: results.length,
  filters: { tag: tags },
  totalFilters: { tag: tags },
});

test("a page found by two variants is listed once, with its better score, best first", async () => {
  const merged = await mergeResponses(
    [answer([page("a", 1, "2026-01-01"), page("b", 3, "2026-01-02")]), answer([page("a", 5, "2026-01-01")])],
    "relevance",
  );
  assert.equal(
    merged.results.map(({ id, score }) => [id, score]),
    [
      ["a", 5],
      ["b", 3],
    ],
  );
});

test("with a date order, the merged pages are sorted by date again", async () => {
  const merged = await mergeResponses(
    [answer([page("old", 9, "2025-05-01")]), answer([page("new", 1, "2026-05-01"), page("mid", 2, "2025-12-01")])],
    "newest",
  );
  assert.equal(
    merged.results.map(({ id }) => id),
    ["new", "mid", "old"],
  );
});

test("filter counts never count a page twice: the largest count of any variant", async () => {
  const merged = await mergeResponses([answer([page("a", 1, "")], { ИИ: 1 }), answer([page("a", 2, "")], { ИИ: 1, LLM: 1 })], "relevance");
  assert.equal(merged.filters, { tag: { ИИ: 1, LLM: 1 } });
});

test("a single answer is returned as it came", async () => {
  const only = answer([page("a", 1, "")]);
  assert.is(await mergeResponses([only, answer([])], "relevance"), only);
});

test("answers of different languages' indexes add their counts up, and each result names its language", async () => {
  const russian = inLanguage(answer([page("a", 2, "")], { LLM: 1 }), "ru");
  const english = inLanguage(answer([page("a", 3, "")], { LLM: 1 }), "en");
  const merged = await mergeResponses([russian, english], "relevance", true);
  assert.equal(
    merged.results.map(({ id }) => id),
    ["en:a", "ru:a"],
  );
  assert.equal(merged.filters, { tag: { LLM: 2 } });
  assert.equal(await Promise.all(merged.results.map(async (result) => (await result.data()).lang)), ["en", "ru"]);
});

test("a corrected query's pages come after the typed query's, whatever their scores; pages already found are not repeated", () => {
  const typed = answer([page("exact", 1, "")]);
  const corrected = answer([page("guess", 9, ""), page("exact", 8, "")]);
  assert.equal(
    appendResponse(typed, corrected).results.map(({ id }) => id),
    ["exact", "guess"],
  );
  assert.is(appendResponse(typed, answer([page("exact", 8, "")])), typed);
});

test.run();
