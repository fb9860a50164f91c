// The categories file: a name in every declared language, clear lines for a malformed file, an article's category check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { categoriesProblems, categoryNames, categoryProblem, loadCategories } from "../../../src/content/categories.ts";
import { EditorError } from "../../../src/content/editor-error.ts";
import { loadLanguages } from "../../../src/content/languages.ts";
import { projectRoot } from "../../helpers/site.ts";

const dataDir = path.join(projectRoot, "_data");
const site = loadLanguages(dataDir);
const withThird = {
  ...site,
  languages: [...site.languages, { code: "uk", name: "Українська", locale: "uk-UA", dir: "ltr" as const, quotes: "«»„“" }],
};

/** The problems loadCategories reports for a categories file with these contents. */
function loadProblems(contents: string, languages = site): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "categories-"));
  try {
    writeFileSync(path.join(dir, "categories.json"), contents);
    loadCategories(dir, languages);
    return [];
  } catch (error) {
    assert.instance(error, EditorError);
    return (error as EditorError).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the site's categories name every category in every declared language", () => {
  const categories = loadCategories(dataDir, site);
  assert.equal(categoryNames(categories, "ru"), ["Новости ИИ", "Разработка", "Инструменты", "Исследования", "Регулирование"]);
  assert.equal(categoryNames(categories, "en"), ["AI News", "Development", "Tools", "Research", "Regulation"]);
});

test("declaring a language without naming the categories in it is a config error, one line per category", () => {
  const problems = loadProblems(readFileSync(path.join(dataDir, "categories.json"), "utf8"), withThird);
  assert.is(problems.length, 5);
  assert.match(
    problems[0] ?? "",
    /categories\.json: \[0\]\.names\.uk: expected the name of category "ai-news" in Українська \(uk\), a declared language, found nothing \(the field is missing\)$/,
  );
});

test("two category names of one language with the same URL are an error naming both", () => {
  const problems = categoriesProblems(
    "_data/categories.json",
    [
      { id: "ci", names: { ru: "CI/CD", en: "CI/CD" } },
      { id: "ci-2", names: { ru: "CI CD", en: "Continuous delivery" } },
    ],
    site,
  );
  assert.equal(problems, [
    '_data/categories.json: [1].names.ru: expected a name whose URL differs from that of "CI/CD" (both /ru/categories/ci-cd/), found "CI CD"',
  ]);
});

test("a malformed categories file says which entry and what was expected", () => {
  assert.match(
    loadProblems('[{ "id": "Новости", "names": { "ru": "Новости", "en": "News" } }]')[0] ?? "",
    /: \[0\]\.id: expected a Latin id such as ai-news, found "Новости"$/,
  );
  assert.match(loadProblems('{ "ai-news": "Новости ИИ" }')[0] ?? "", /: \(root\): expected a list of categories/);
  assert.match(loadProblems('[{ "id": "ai-news", "names": ["Новости ИИ"] }]')[0] ?? "", /: \[0\]\.names: expected the names by language/);
  assert.match(
    loadProblems('[{ "id": "a", "names": { "ru": "A", "en": "A" } }, { "id": "a", "names": { "ru": "B", "en": "B" } }]')[0] ?? "",
    /: \[1\]\.id: expected an id not used by \[0\], found "a"$/,
  );
  assert.match(loadProblems('[{ "id": ')[0] ?? "", /: file: expected valid JSON, found /);
});

test("an article's category must be one of its language's names", () => {
  const categories = loadCategories(dataDir, site);
  assert.is(categoryProblem("content/ru/blog/x.md", "ru", "Новости ИИ", categories), undefined);
  assert.is(
    categoryProblem("content/ru/blog/x.md", "ru", "AI News", categories),
    'content/ru/blog/x.md: category: expected one of «Новости ИИ», «Разработка», «Инструменты», «Исследования», «Регулирование», found "AI News"',
  );
});

test.run();
