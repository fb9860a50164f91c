// The search page's URL state (?q=, sort, filters): read, written back, and turned into Pagefind's options.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { hasFilters, pagefindOptions, readSearchState, searchParams, searchTerm } from "../../../src/search/shared/query.ts";

const read = (query: string) => readSearchState(new URLSearchParams(query));

test("a bare ?q= is a query with relevance order and no filters", () => {
  assert.equal(read("q=%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%D0%B8"), {
    query: "модели",
    sort: "relevance",
    filters: { category: [], tag: [], author: [] },
    allLanguages: false,
  });
});

test("the query is kept as typed for the field, and trimmed for the search", () => {
  const state = read("q=%20%20model%20");
  assert.is(state.query, "  model ");
  assert.is(searchTerm(state), "model");
  assert.is(searchTerm(read("q=%20%20")), "");
  assert.is(searchTerm(read("")), "");
});

test("an unknown sort falls back to relevance; empty and repeated filter values are dropped", () => {
  const state = read("q=x&sort=random&tag=LLM&tag=&tag=LLM&tag=CI");
  assert.is(state.sort, "relevance");
  assert.equal(state.filters.tag, ["LLM", "CI"]);
});

test("a state survives the trip through the URL", () => {
  const state = read(
    "q=%22a%22+%3Cb%3E&sort=oldest&category=%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8+%D0%98%D0%98&tag=Q%26A&author=A&all=1",
  );
  assert.equal(read(searchParams(state).toString()), state);
  assert.is(state.query, '"a" <b>');
  assert.equal(state.filters.tag, ["Q&A"]);
});

test("relevance order is the URL's default and is left out of it", () => {
  assert.is(searchParams(read("q=x&sort=relevance")).toString(), "q=x");
});

test("the all-languages toggle is on only for all=1, and is written back only when on", () => {
  assert.ok(read("q=x&all=1").allLanguages);
  for (const off of ["q=x", "q=x&all=0", "q=x&all=", "q=x&all=yes"]) assert.not.ok(read(off).allLanguages, off);
  assert.is(searchParams(read("q=x&all=1")).get("all"), "1");
  assert.not.ok(searchParams(read("q=x&all=0")).has("all"));
});

test("values of one filter widen the results, different filters narrow them", () => {
  const options = pagefindOptions(read("q=x&tag=LLM&tag=CI&author=A"));
  assert.equal(options.filters, { tag: { any: ["LLM", "CI"] }, author: { any: ["A"] } });
});

test("newest and oldest sort by date; relevance sends no sort", () => {
  assert.equal(pagefindOptions(read("q=x&sort=newest")).sort, { date: "desc" });
  assert.equal(pagefindOptions(read("q=x&sort=oldest")).sort, { date: "asc" });
  assert.equal(pagefindOptions(read("q=x")).sort, {});
});

test("a state has filters only when a value is chosen", () => {
  assert.not.ok(hasFilters(read("q=x&sort=newest")));
  assert.ok(hasFilters(read("q=x&category=A")));
});

test.run();
