// Lists of one build: transliterated URLs, every category in every language, order, and names that clash in URLs.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Category } from "../../../src/content/categories.ts";
import { listUrl, sectionUrl } from "../../../src/lists/urls.ts";
import { buildLists, listNameProblems } from "../../../src/lists/taxonomy.ts";
import { makeArticle, russianAndEnglish } from "../../helpers/articles.ts";

const site = russianAndEnglish;

const categories: Category[] = [
  { id: "ai-news", names: { ru: "Новости ИИ", en: "AI News" } },
  { id: "regulation", names: { ru: "Регулирование", en: "Regulation" } },
];

test("list URLs are readable Latin transliterations under one folder per kind", () => {
  assert.is(listUrl("tag", "ru", "AI для кодинга"), "/ru/tags/ai-dlya-kodinga/");
  assert.is(listUrl("category", "en", "AI News"), "/en/categories/ai-news/");
  assert.is(listUrl("author", "ru", "Редакция"), "/ru/authors/redaktsiya/");
  assert.is(listUrl("year", "ru", "2026"), "/ru/archive/2026/");
  assert.is(sectionUrl("tag", "en"), "/en/tags/");
});

test("every category has a list in every language, in the order of the categories file, even with no articles", () => {
  const lists = buildLists([makeArticle("a", { category: "Регулирование" })], site, categories);
  assert.equal(
    lists.get("ru")?.category.map((list) => [list.name, list.articles.length]),
    [
      ["Новости ИИ", 0],
      ["Регулирование", 1],
    ],
  );
  assert.equal(
    lists.get("en")?.category.map((list) => [list.categoryId, list.url]),
    [
      ["ai-news", "/en/categories/ai-news/"],
      ["regulation", "/en/categories/regulation/"],
    ],
  );
});

test("lists hold their language's articles newest first", () => {
  const old = makeArticle("old", { tags: ["LLM"], pubDate: "2025-04-01" });
  const fresh = makeArticle("fresh", { tags: ["LLM"], pubDate: "2026-04-01" });
  const english = makeArticle("fresh", { lang: "en", category: "AI News", tags: ["LLM"], pubDate: "2026-04-02" });
  const lists = buildLists([old, english, fresh], site, categories);
  assert.equal(
    lists.get("ru")?.tag[0]?.articles.map((article) => article.slug),
    ["fresh", "old"],
  );
  assert.equal(
    lists.get("en")?.tag[0]?.articles.map((article) => article.slug),
    ["fresh"],
  );
  assert.equal(
    lists.get("ru")?.year.map((year) => [year.name, year.articles.length]),
    [
      ["2026", 1],
      ["2025", 1],
    ],
  );
});

test("tags and authors are sorted by name as readers of the language sort them (Cyrillic first in Russian)", () => {
  const lists = buildLists(
    [
      makeArticle("a", { tags: ["Юникод", "agents", "Бенчмарки", "LLM"], author: ["Илья Корнеев"] }),
      makeArticle("b", { tags: ["Агенты"], author: ["Анна Смирнова"] }),
    ],
    site,
    categories,
  );
  assert.equal(
    lists.get("ru")?.tag.map((list) => list.name),
    ["Агенты", "Бенчмарки", "Юникод", "agents", "LLM"],
  );
  assert.equal(
    lists.get("ru")?.author.map((list) => list.url),
    ["/ru/authors/anna-smirnova/", "/ru/authors/ilya-korneev/"],
  );
});

test("an article whose category is unknown is left out of category lists (its check reports it)", () => {
  const lists = buildLists([makeArticle("a", { category: "Слухи" })], site, categories);
  assert.equal(
    lists.get("ru")?.category.map((list) => list.articles.length),
    [0, 0],
  );
  assert.is(lists.get("ru")?.tag.length, 0);
});

test("two tag names with one URL are a problem on the later file, naming both", () => {
  const first = makeArticle("a-first", { tags: ["CI/CD"] });
  const second = makeArticle("b-second", { tags: ["DevOps", "CI CD"] });
  const problems = listNameProblems([second, first]);
  assert.equal([...problems.keys()], [second.inputPath]);
  assert.equal(problems.get(second.inputPath), [
    'content/ru/blog/b-second.md: tags[1]: expected a tag name with a URL of its own, or exactly "CI/CD", ' +
      'found "CI CD", whose URL /ru/tags/ci-cd/ is already that of "CI/CD" in content/ru/blog/a-first.md',
  ]);
});

test("authors clash the same way; the same name in two languages, or twice, is fine", () => {
  const problems = listNameProblems([
    makeArticle("a", { author: ["Анна Смирнова"], tags: ["LLM"] }),
    makeArticle("b", { author: ["анна смирнова"], tags: ["LLM"] }),
    makeArticle("a", { lang: "en", author: ["Anna Smirnova"], tags: ["llm"] }),
  ]);
  assert.equal([...problems.keys()], ["./content/ru/blog/b.md"]);
  assert.match(
    problems.get("./content/ru/blog/b.md")?.[0] ?? "",
    /author: expected an author name .* found "анна смирнова", whose URL \/ru\/authors\/anna-smirnova\//,
  );
});

test("a tag without letters or digits has no URL and is a problem", () => {
  const problems = listNameProblems([makeArticle("a", { tags: ["LLM", "!!!"] })]);
  assert.equal(problems.get("./content/ru/blog/a.md"), [
    'content/ru/blog/a.md: tags[1]: expected a tag with letters or digits for its URL, found "!!!"',
  ]);
});

test.run();
