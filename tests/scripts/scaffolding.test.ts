// npm run new and npm run translate, run as child processes against a temp content folder.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { splitArticleSource } from "../../src/content/article-files.ts";
import { checkArticle } from "../../src/content/articles.ts";
import { loadCategories } from "../../src/content/categories.ts";
import { bodyFingerprint } from "../../src/tools/fingerprint.ts";
import { parseFrontMatter } from "../../src/content/front-matter.ts";
import { loadLanguages } from "../../src/content/languages.ts";
import { runScript, stackTraceLine, tempSite } from "../helpers/commands.ts";

const root = tempSite(["images", "ru/blog/fast-code-model.md", "ru/blog/agents-in-ci.md", "ru/blog/prompt-templates.md"]);
const contentDir = path.join(root, "content");
const run = (script: string, ...args: string[]) => runScript(script, [...args, "--content", contentDir], { cwd: root });
const read = (file: string) => readFileSync(path.join(contentDir, file), "utf8");
const frontMatter = (file: string) => parseFrontMatter(splitArticleSource(read(file), file).yaml) as Record<string, unknown>;
const bodyOf = (file: string) => splitArticleSource(read(file), file).body;
/** The same problems the build reports for this file. */
const buildProblems = (file: string) => {
  const languages = loadLanguages(path.join(root, "_data"));
  const categories = loadCategories(path.join(root, "_data"), languages);
  return checkArticle(path.join(contentDir, file), frontMatter(file), {
    inputDir: contentDir,
    languages,
    categories,
    timeZone: "Europe/Moscow",
  });
};

test.after(() => rmSync(root, { recursive: true, force: true }));

test("npm run new writes a draft with a transliterated slug, today's date and front matter the build accepts", () => {
  const result = run("new-article.ts", "--lang", "ru", "Заголовок статьи");
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /Wrote .*content\/ru\/blog\/zagolovok-stati\.md/);
  const data = frontMatter("ru/blog/zagolovok-stati.md");
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  assert.is(data.title, "Заголовок статьи");
  assert.is(data.pubDate, today);
  assert.is(data.draft, true, "a half-written article never reaches the published site");
  assert.is(data.heroImage, "/images/blog/hero-placeholder.webp");
  assert.equal(buildProblems("ru/blog/zagolovok-stati.md"), []);
});

test("npm run new refuses to overwrite, and refuses a slug another language already uses", () => {
  const before = read("ru/blog/zagolovok-stati.md");
  writeFileSync(path.join(contentDir, "ru/blog/zagolovok-stati.md"), `${before}Начало текста.\n`);
  const again = run("new-article.ts", "--lang", "ru", "Заголовок статьи");
  assert.is(again.status, 1);
  assert.match(again.stderr, /^npm run new: slug: expected a slug no article uses yet .*already used by .*ru\/blog\/zagolovok-stati\.md/);
  assert.is(read("ru/blog/zagolovok-stati.md"), `${before}Начало текста.\n`);
  const english = run("new-article.ts", "--lang", "en", "Fast code model", "--slug", "fast-code-model");
  assert.is(english.status, 1);
  assert.ok(!existsSync(path.join(contentDir, "en/blog/fast-code-model.md")));
});

test("npm run new explains a bad language, a missing title and an unquoted title", () => {
  const cases: Array<[string[], RegExp]> = [
    [["--lang", "de", "Titel"], /^npm run new: --lang: expected a language declared in _data\/languages\.json \(ru, en\), found "de"/],
    [["--lang", "ru"], /^npm run new: title: expected one title in quotes.*found nothing/],
    [["--lang", "ru", "Два", "слова"], /^npm run new: title: .*found 2 words: quote the title/],
    [["--lang", "ru", "!!!"], /^npm run new: slug: expected Latin letters, digits and hyphens \(give one with --slug\), found ""/],
  ];
  for (const [args, message] of cases) {
    const result = run("new-article.ts", ...args);
    assert.is(result.status, 1, args.join(" "));
    assert.match(result.stderr, message);
    assert.not.match(result.stderr, stackTraceLine);
  }
});

test("npm run translate copies the source's front matter and body as a draft that records translatedFrom", () => {
  const result = run("translate.ts", "fast-code-model", "--to", "en");
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /Wrote .*content\/en\/blog\/fast-code-model\.md/);
  const source = frontMatter("ru/blog/fast-code-model.md");
  const translation = frontMatter("en/blog/fast-code-model.md");
  // The category is the same category's English name, from the project's _data/categories.json.
  const expected = { ...source, category: "AI News", draft: true, translatedFrom: bodyFingerprint(bodyOf("ru/blog/fast-code-model.md")) };
  assert.equal(translation, expected);
  assert.is(bodyOf("en/blog/fast-code-model.md").trim(), bodyOf("ru/blog/fast-code-model.md").trim());
  assert.equal(buildProblems("en/blog/fast-code-model.md"), []);
  const status = runScript("i18n-status.ts", ["--json", "--content", contentDir], { cwd: root });
  assert.match(status.stdout, /"state": "draft"/);
});

test("npm run translate maps the category through _data/categories.json when the site has one", () => {
  writeFileSync(
    path.join(root, "_data/categories.json"),
    JSON.stringify([{ id: "development", names: { ru: "Разработка", en: "Development" } }]),
  );
  const result = run("translate.ts", "agents-in-ci", "--to", "en");
  assert.is(result.status, 0, result.stderr);
  assert.is(frontMatter("en/blog/agents-in-ci.md").category, "Development");
});

test("npm run translate refuses to overwrite and explains every bad argument", () => {
  const before = read("en/blog/fast-code-model.md");
  const cases: Array<[string[], RegExp]> = [
    [
      ["fast-code-model", "--to", "en"],
      /^npm run translate: --to: expected a language the article is not translated into yet, found .*en\/blog\/fast-code-model\.md \(already exists; it is never overwritten\)/,
    ],
    [["no-such-article", "--to", "en"], /^npm run translate: slug: expected an article at .*, found no article "no-such-article"/],
    [["fast-code-model"], /^npm run translate: --to: expected the language to translate into, such as --to en, found nothing/],
    [["--to", "en"], /^npm run translate: slug: expected one article slug/],
  ];
  for (const [args, message] of cases) {
    const result = run("translate.ts", ...args);
    assert.is(result.status, 1, args.join(" "));
    assert.match(result.stderr, message);
    assert.not.match(result.stderr, stackTraceLine);
  }
  assert.is(read("en/blog/fast-code-model.md"), before);
});

test("npm run translate records how the translation is made, and npm run i18n shows it", () => {
  const result = run(
    "translate.ts",
    "prompt-templates",
    "--to",
    "en",
    "--translation",
    "machine-reviewed",
    "--reviewed-by",
    "Anna Smirnova",
  );
  assert.is(result.status, 0, result.stderr);
  const translation = frontMatter("en/blog/prompt-templates.md");
  assert.is(translation.translation, "machine-reviewed");
  assert.is(translation.reviewedBy, "Anna Smirnova");
  assert.is(translation.translator, undefined);
  assert.equal(buildProblems("en/blog/prompt-templates.md"), []);
  // Published, then the original gets a correction in its front matter only: the translation is still current.
  writeFileSync(path.join(contentDir, "en/blog/prompt-templates.md"), read("en/blog/prompt-templates.md").replace("draft: true\n", ""));
  const original = read("ru/blog/prompt-templates.md");
  writeFileSync(
    path.join(contentDir, "ru/blog/prompt-templates.md"),
    original.replace(
      /^author: .*$/m,
      (line) => `${line}\ncorrections:\n  - date: 2026-06-01\n    note: "Уточнено название шаблонизатора."`,
    ),
  );
  assert.equal(buildProblems("ru/blog/prompt-templates.md"), []);
  const report = JSON.parse(runScript("i18n-status.ts", ["--json", "--content", contentDir], { cwd: root }).stdout) as {
    articles: Array<{ slug: string; languages: Record<string, { state: string; method?: string }> }>;
  };
  assert.equal(report.articles.find((article) => article.slug === "prompt-templates")?.languages.en, {
    state: "current",
    file: path.join(contentDir, "en/blog/prompt-templates.md").replace(`${root}/`, ""),
    translatedFrom: frontMatter("en/blog/prompt-templates.md").translatedFrom,
    method: "machine-reviewed",
  });
  const table = runScript("i18n-status.ts", ["--content", contentDir], { cwd: root }).stdout;
  assert.match(table, /prompt-templates\s+ru: source\s+en: current \(machine-reviewed\)/);
});

test("npm run translate refuses a way of translating the build would reject", () => {
  const cases: Array<[string[], string]> = [
    [["--translation", "google"], 'npm run translate: --translation: expected one of human, machine, machine-reviewed, found "google"'],
    [
      ["--translation", "human"],
      "npm run translate: --translator: expected the translator's name, with --translation human, found nothing",
    ],
    [
      ["--translation", "machine", "--reviewed-by", "Anna"],
      "npm run translate: --reviewed-by: expected only with --translation machine-reviewed, found --translation machine",
    ],
  ];
  for (const [args, line] of cases) {
    const result = run("translate.ts", "fast-code-model", "--to", "en", ...args);
    assert.is(result.status, 1, args.join(" "));
    assert.is(result.stderr.trim(), line);
  }
});

test.run();
