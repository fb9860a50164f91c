// The search page's configuration for its script: strings in the page's language, refused when incomplete.
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readSearchPageConfig, searchPageConfig } from "../../lib/search-page.ts";
import type { UiStrings } from "../../lib/ui-strings.ts";
import { projectRoot } from "../helpers/site.ts";

const dictionary = (lang: string): UiStrings =>
  JSON.parse(readFileSync(path.join(projectRoot, "_data/i18n", `${lang}.json`), "utf8")) as UiStrings;

test("the search page's script gets its strings in the page's language", () => {
  const config = readSearchPageConfig(JSON.stringify(searchPageConfig(dictionary("ru"), "ru-RU")));
  assert.is(config.locale, "ru-RU");
  assert.is(config.pagefindUrl, "/pagefind/pagefind.js");
  assert.match(config.strings.nothingFound, /ничего не найдено/);
  assert.equal(config.strings.filterLegends, { category: "Рубрика", tag: "Теги", author: "Автор" });
});

test("every language's search strings carry the placeholders the script fills", () => {
  for (const lang of ["ru", "en"]) {
    const { strings } = searchPageConfig(dictionary(lang), lang);
    assert.match(strings.resultCount, "{count}", lang);
    assert.match(strings.nothingFound, "{query}", lang);
  }
});

test("a page without a complete configuration is refused with a clear message", () => {
  for (const broken of [undefined, "null", "{}", JSON.stringify({ locale: "ru-RU", pagefindUrl: "/p.js", strings: {} })]) {
    assert.throws(() => readSearchPageConfig(broken), /data-search expected the search configuration/);
  }
});

test.run();
