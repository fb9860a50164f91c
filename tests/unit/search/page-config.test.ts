// The search page's configuration for its script: strings in the page's language, refused when incomplete.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { makeArticle, russianAndEnglish } from "../../helpers/articles.ts";
import { searchIndexes, searchPageConfig } from "../../../src/search/page-data.ts";
import { readSearchPageConfig } from "../../../src/search/shared/page-config.ts";
import type { UiStrings } from "../../../src/i18n/ui-strings.ts";
import { projectRoot } from "../../helpers/site.ts";

const languages = russianAndEnglish.languages;
/** One article in each of these languages. */
const articlesIn = (...codes: string[]) => codes.map((lang) => makeArticle("a", { lang, title: "Модели обучения" }));
const dictionary = (lang: string): UiStrings =>
  JSON.parse(readFileSync(path.join(projectRoot, "_data/i18n", `${lang}.json`), "utf8")) as UiStrings;

test("the search page's script gets its strings in the page's language", () => {
  const config = readSearchPageConfig(
    JSON.stringify(searchPageConfig(dictionary("ru"), "ru-RU", searchIndexes("ru", languages, articlesIn("ru"), {}), [])),
  );
  assert.is(config.locale, "ru-RU");
  assert.match(config.strings.nothingFound, /ничего не найдено/);
  assert.equal(config.strings.filterLegends, { category: "Рубрика", tag: "Теги", author: "Автор" });
});

test("every language's search strings carry the placeholders the script fills", () => {
  for (const lang of ["ru", "en"]) {
    const { strings } = searchPageConfig(dictionary(lang), lang, [], []);
    assert.match(strings.resultCount, "{count}", lang);
    assert.match(strings.nothingFound, "{query}", lang);
    assert.match(strings.didYouMean, "{query}", lang);
  }
});

test("the page's own language comes first; other languages only when they have articles", () => {
  const [first, second] = languages;
  if (!first || !second) throw new Error("the test needs two declared languages");
  const synonyms = { [second.code]: [["a", "b"]] };
  assert.equal(
    searchIndexes(second.code, languages, articlesIn(first.code, second.code), synonyms).map(({ lang }) => lang),
    [second.code, first.code],
  );
  assert.equal(
    searchIndexes(second.code, languages, articlesIn(second.code), synonyms).map(({ lang }) => lang),
    [second.code],
  );
  // The page's own language is searched even before it has an article: its search page must still answer.
  assert.equal(
    searchIndexes(first.code, languages, [], synonyms).map(({ lang }) => lang),
    [first.code],
  );
});

test("each language has its own Pagefind module URL, synonyms, word list and name", () => {
  const [first, second] = languages;
  if (!first || !second) throw new Error("the test needs two declared languages");
  const [own, other] = searchIndexes(first.code, languages, articlesIn(first.code, second.code), { [second.code]: [["a", "b"]] });
  assert.is(own?.pagefindUrl, "/pagefind/pagefind.js");
  assert.is(other?.pagefindUrl, `/pagefind/pagefind.js?language=${second.code}`);
  assert.equal([own?.synonyms, other?.synonyms], [[], [["a", "b"]]]);
  assert.is(other?.vocabularyFolder, "/search/words/");
  assert.ok(Object.keys(other?.vocabularyParts ?? {}).length > 0, "the other language's parts are named");
  assert.is(other?.name, second.name);
});

test("a page without a complete configuration is refused with a clear message", () => {
  for (const broken of [undefined, "null", "{}", JSON.stringify({ locale: "ru-RU", indexes: [], strings: {} })]) {
    assert.throws(() => readSearchPageConfig(broken), /data-search expected the search configuration/);
  }
});

test.run();
