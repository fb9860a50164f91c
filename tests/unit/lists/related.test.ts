// Under an article: previous and next by date, and related articles scored by shared tags and category.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { neighboursOf, relatedArticles } from "../../../src/lists/related.ts";
import type { Article } from "../../../src/content/articles.ts";
import { makeArticle } from "../../helpers/articles.ts";

const urls = (articles: Array<{ url: string }>): string[] => articles.map((article) => article.url);

test("previous and next are the articles published just before and after, in the same language", () => {
  const january = makeArticle("january", { pubDate: "2026-01-10" });
  const february = makeArticle("february", { pubDate: "2026-02-10" });
  const march = makeArticle("march", { pubDate: "2026-03-10" });
  const englishFebruary = makeArticle("february-en", { lang: "en", pubDate: "2026-02-20" });
  const articles = [march, englishFebruary, january, february];
  const middle = neighboursOf(february, articles);
  assert.is(middle.older?.url, january.url);
  assert.is(middle.newer?.url, march.url);
  assert.equal(neighboursOf(january, articles), { newer: february, older: undefined });
  assert.equal(neighboursOf(march, articles), { newer: undefined, older: february });
  assert.equal(neighboursOf(englishFebruary, articles), { newer: undefined, older: undefined });
});

test("articles of the same day are ordered by title, so neighbours never depend on file order", () => {
  const a = makeArticle("a", { title: "Альфа", pubDate: "2026-05-01" });
  const b = makeArticle("b", { title: "Бета", pubDate: "2026-05-01" });
  assert.is(neighboursOf(a, [a, b]).older?.url, b.url);
  assert.is(neighboursOf(a, [b, a]).older?.url, b.url);
});

test("related articles are scored: two points a shared tag, one the same category", () => {
  const article = makeArticle("subject", { category: "Разработка", tags: ["Rust", "WebAssembly"], pubDate: "2026-06-01" });
  const bothTags = makeArticle("both-tags", { category: "Новости ИИ", tags: ["Rust", "WebAssembly"], pubDate: "2025-01-01" }); // 4
  const tagAndCategory = makeArticle("tag-and-category", { category: "Разработка", tags: ["Rust"], pubDate: "2025-02-01" }); // 3
  const oneTag = makeArticle("one-tag", { category: "Инструменты", tags: ["WebAssembly"], pubDate: "2025-03-01" }); // 2
  const categoryOnly = makeArticle("category-only", { category: "Разработка", tags: ["Go"], pubDate: "2026-06-02" }); // 1
  const unrelated = makeArticle("unrelated", { category: "Исследования", tags: ["LLM"], pubDate: "2026-06-01" });
  const articles = [unrelated, categoryOnly, oneTag, tagAndCategory, bothTags, article];
  assert.equal(urls(relatedArticles(article, articles)), urls([bothTags, tagAndCategory, oneTag]));
  assert.equal(urls(relatedArticles(article, articles, 4)), urls([bothTags, tagAndCategory, oneTag, categoryOnly]));
  assert.equal(urls(relatedArticles(article, articles, 10)).includes(unrelated.url), false);
});

test("equal scores go to the article nearest in date, then the newer one", () => {
  const article = makeArticle("subject", { tags: ["LLM"], pubDate: "2026-06-15" });
  const far = makeArticle("far", { tags: ["LLM"], pubDate: "2026-01-01" });
  const nearBefore = makeArticle("near-before", { tags: ["LLM"], pubDate: "2026-06-10" });
  const nearAfter = makeArticle("near-after", { tags: ["LLM"], pubDate: "2026-06-20" });
  const close = makeArticle("close", { tags: ["LLM"], pubDate: "2026-06-14" });
  assert.equal(urls(relatedArticles(article, [far, nearBefore, nearAfter, close, article])), urls([close, nearAfter, nearBefore]));
  assert.equal(urls(relatedArticles(article, [article, close, nearAfter, nearBefore, far])), urls([close, nearAfter, nearBefore]));
});

test("with too few shared tags, the same category fills in, nearest in date first", () => {
  const article = makeArticle("subject", { category: "Регулирование", tags: ["ЕС"], pubDate: "2026-03-10" });
  const tagged = makeArticle("tagged", { category: "Новости ИИ", tags: ["ЕС"], pubDate: "2024-01-01" });
  const older = makeArticle("older", { category: "Регулирование", pubDate: "2026-03-01" });
  const newer = makeArticle("newer", { category: "Регулирование", pubDate: "2026-03-25" });
  const oldest = makeArticle("oldest", { category: "Регулирование", pubDate: "2025-01-01" });
  assert.equal(urls(relatedArticles(article, [oldest, newer, older, tagged, article])), urls([tagged, older, newer]));
});

test("related articles come from the article's own language only, never the article itself", () => {
  const article = makeArticle("subject", { tags: ["OpenAI"] });
  const translation = makeArticle("subject", { lang: "en", category: "AI News", tags: ["OpenAI"] });
  assert.equal(relatedArticles(article, [article, translation]), []);
  assert.equal(relatedArticles(translation, [article, translation]), []);
});

/** The rule as the README states it, scoring every article of the language: slow, obviously right. */
function relatedByDefinition(article: Article, articles: Article[], limit: number): string[] {
  const points = (other: Article): number =>
    2 * other.tags.filter((tag) => article.tags.includes(tag)).length + (other.category === article.category ? 1 : 0);
  const distance = (other: Article): number => Math.abs(other.pubDate.getTime() - article.pubDate.getTime());
  const newerFirst = (a: Article, b: Article): number =>
    b.pubDate.getTime() - a.pubDate.getTime() || codeUnits(a.title, b.title) || codeUnits(a.url, b.url);
  const codeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return articles
    .filter((other) => other.lang === article.lang && other.url !== article.url && points(other) > 0)
    .sort((a, b) => points(b) - points(a) || distance(a) - distance(b) || newerFirst(a, b))
    .slice(0, limit)
    .map((other) => other.url);
}

test("on 300 random articles, the indexed ranking is exactly the rule applied to every article", () => {
  let state = 7;
  const random = (below: number): number => {
    state = (state * 48271) % 2147483647;
    return state % below;
  };
  const categories = ["Новости ИИ", "Разработка", "Инструменты"];
  const articles = Array.from({ length: 300 }, (_, index) =>
    makeArticle(`article-${index}`, {
      lang: index % 3 === 0 ? "en" : "ru",
      title: `Статья ${random(50)}`,
      category: categories[random(3)],
      tags: [...new Set([`Тег ${random(90)}`, `Тег ${random(90)}`, `Тег ${random(6)}`])].slice(0, random(3)),
      pubDate: `2026-0${1 + random(3)}-${String(1 + random(28)).padStart(2, "0")}`,
    }),
  );
  for (const article of articles) {
    assert.equal(urls(relatedArticles(article, articles, 5)), relatedByDefinition(article, articles, 5), article.url);
  }
});

test.run();
