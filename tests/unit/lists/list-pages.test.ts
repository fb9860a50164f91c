// Lists become pages: ten articles a page, switcher targets across languages, indexes with counts (series with their newest day), titles.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Category } from "../../../src/content/categories.ts";
import { listIndexPages, sectionLinks } from "../../../src/lists/list-indexes.ts";
import { allSeries } from "../../../src/lists/series.ts";
import { articleListPages, homeListPages, listTitle } from "../../../src/lists/list-pages.ts";
import { buildLists } from "../../../src/lists/taxonomy.ts";
import type { UiStrings } from "../../../src/i18n/ui-strings.ts";
import ru from "../../../_data/i18n/ru.json" with { type: "json" };
import { makeArticle, russianAndEnglish } from "../../helpers/articles.ts";

const site = russianAndEnglish;
const categories: Category[] = [
  { id: "ai-news", names: { ru: "Новости ИИ", en: "AI News" } },
  { id: "tools", names: { ru: "Инструменты", en: "Tools" } },
];

// 23 Russian articles in one category, one a day; 2 English ones in 2025 only.
const russian = Array.from({ length: 23 }, (_, day) =>
  makeArticle(`ru-${day + 1}`, { tags: ["LLM"], pubDate: `2026-01-${String(day + 1).padStart(2, "0")}` }),
);
const english = [
  makeArticle("en-1", { lang: "en", category: "Tools", tags: ["LLM"], author: ["Editorial team"], pubDate: "2025-05-01" }),
  makeArticle("en-2", { lang: "en", category: "Tools", tags: ["Agents"], author: ["Editorial team"], pubDate: "2025-06-01" }),
];
const lists = buildLists([...russian, ...english], site, categories);
const pages = articleListPages(lists, 10);
const pageOf = (url: string) => pages.find((page) => page.url === url);

test("a list of 23 articles has three numbered pages of 10, 10 and 3", () => {
  const category = pages.filter((page) => page.pageUrls[0] === "/ru/categories/novosti-ii/");
  assert.equal(
    category.map((page) => [page.url, page.items.length]),
    [
      ["/ru/categories/novosti-ii/", 10],
      ["/ru/categories/novosti-ii/page/2/", 10],
      ["/ru/categories/novosti-ii/page/3/", 3],
    ],
  );
  assert.is(category[0]?.items[0]?.slug, "ru-23");
  assert.is(category[2]?.items[2]?.slug, "ru-1");
});

test("a category's switcher leads to the same category in the other language, even from a later page", () => {
  assert.equal(pageOf("/ru/categories/novosti-ii/page/3/")?.alternates, {
    ru: "/ru/categories/novosti-ii/",
    en: "/en/categories/ai-news/",
  });
  assert.equal(pageOf("/en/categories/tools/")?.alternates, { ru: "/ru/categories/instrumenty/", en: "/en/categories/tools/" });
});

test("a tag, an author or a year leads to the same list where that language has it, else to its index", () => {
  assert.equal(pageOf("/ru/tags/llm/")?.alternates, { ru: "/ru/tags/llm/", en: "/en/tags/llm/" });
  assert.equal(pageOf("/en/authors/editorial-team/")?.alternates, { ru: "/ru/authors/", en: "/en/authors/editorial-team/" });
  assert.equal(pageOf("/ru/archive/2026/")?.alternates, { ru: "/ru/archive/2026/", en: "/en/archive/" });
});

test("an empty category still has its one page, so no switcher link is dead", () => {
  assert.equal(pageOf("/en/categories/ai-news/")?.items, []);
  assert.equal(pageOf("/en/categories/ai-news/")?.pageUrls, ["/en/categories/ai-news/"]);
});

test("indexes list every list of their kind with its number of articles", () => {
  const indexes = listIndexPages(lists, []);
  assert.equal(
    indexes.map((index) => index.url),
    [
      ...["/ru/categories/", "/ru/tags/", "/ru/authors/", "/ru/archive/", "/ru/series/"],
      ...["/en/categories/", "/en/tags/", "/en/authors/", "/en/archive/", "/en/series/"],
    ],
  );
  const counts = (url: string) => indexes.find((index) => index.url === url)?.entries.map((entry) => [entry.name, entry.count]);
  assert.equal(counts("/ru/categories/"), [
    ["Новости ИИ", 23],
    ["Инструменты", 0],
  ]);
  assert.equal(counts("/en/tags/"), [
    ["Agents", 1],
    ["LLM", 1],
  ]);
  assert.equal(counts("/en/archive/"), [["2025", 2]]);
  assert.equal(indexes[1]?.alternates, { ru: "/ru/tags/", en: "/en/tags/" });
});

test("the series index lists a language's series by their newest part, newest first, ties by URL", () => {
  const part = (slug: string, series: string, seriesPart: number, pubDate: string, lang = "ru") =>
    makeArticle(slug, { lang, series, seriesPart, pubDate });
  const articles = [
    part("a1", "Агенты", 1, "2026-02-01"),
    part("a2", "Агенты", 2, "2026-03-01"),
    part("a3", "Агенты", 3, "2026-02-15"),
    // Continued on the same day: /ru/series/eksperimenty/ sorts before /ru/series/lokalnye-modeli/, unlike the names.
    part("l1", "Локальные модели", 1, "2026-02-20"),
    part("e1", "Эксперименты", 1, "2026-02-20"),
    part("x1", "Agents", 1, "2026-04-01", "en"),
  ];
  const indexes = listIndexPages(buildLists(articles, site, categories), allSeries(articles));
  const series = (url: string) => indexes.find((index) => index.url === url);
  assert.equal(
    series("/ru/series/")?.entries.map((entry) => [entry.url, entry.count, entry.latest]),
    [
      ["/ru/series/agenty/", 3, "2026-03-01"],
      ["/ru/series/eksperimenty/", 1, "2026-02-20"],
      ["/ru/series/lokalnye-modeli/", 1, "2026-02-20"],
    ],
  );
  assert.equal(series("/en/series/")?.alternates, { ru: "/ru/series/", en: "/en/series/" });
  assert.equal(
    series("/en/series/")?.entries.map((entry) => entry.name),
    ["Agents"],
  );
  assert.equal(listIndexPages(lists, []).find((index) => index.kind === "series")?.entries, []);
});

test("titles name the list, and later pages their number", () => {
  const strings = ru as UiStrings;
  assert.is(listTitle({ kind: "tag", name: "LLM", pageNumber: 1, totalPages: 3 }, strings), "Тег «LLM»");
  assert.is(listTitle({ kind: "year", name: "2026", pageNumber: 2, totalPages: 3 }, strings), "Статьи 2026 года · Страница 2 из 3");
  assert.equal(
    sectionLinks("ru", strings).map((link) => link.href),
    ["/ru/categories/", "/ru/tags/", "/ru/authors/", "/ru/archive/"],
  );
});

test("a home pins as many featured articles as its setting allows, newest first, and lists every other article once", () => {
  const articles = [4, 3, 2, 1].map((day) => makeArticle(`a${day}`, { pubDate: `2026-03-0${day}`, featured: day !== 3 }));
  const [one] = homeListPages(articles, ["ru"], 2, 1);
  assert.equal(
    one?.featured.map((article) => article.slug),
    ["a4"],
  );
  const pages = homeListPages(articles, ["ru"], 2, 2);
  assert.equal(
    pages[0]?.featured.map((article) => article.slug),
    ["a4", "a2"],
  );
  assert.equal(
    pages.map((page) => page.items.map((article) => article.slug)),
    [["a3", "a1"]],
  );
  assert.equal(homeListPages(articles, ["ru"], 2, 0)[0]?.featured, []);
  assert.equal(homeListPages(articles, ["ru"], 2, 0).length, 2);
});

test.run();
