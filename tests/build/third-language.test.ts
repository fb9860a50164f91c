// Adding a language is data: the project's site plus a Ukrainian languages.json entry, dictionary and one article.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readArticleFiles } from "../../src/content/article-files.ts";
import { translationStatus } from "../../src/tools/translation-status.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import { build, fixturesDir, page, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";

const languages = JSON.parse(readFileSync(path.join(projectRoot, "_data/languages.json"), "utf8")) as { languages: object[] };
languages.languages.push({ code: "uk", name: "Українська", locale: "uk-UA", dir: "ltr", quotes: "«»„“" });
// Categories have a name in every declared language (once the site maps them): the Ukrainian names join the mapping.
const ukrainianCategories: Record<string, string> = {
  "ai-news": "Новини ШІ",
  development: "Розробка",
  tools: "Інструменти",
  research: "Дослідження",
  regulation: "Регулювання",
};
const categoriesFile = path.join(projectRoot, "_data/categories.json");
const categories = existsSync(categoriesFile)
  ? (JSON.parse(readFileSync(categoriesFile, "utf8")) as Array<{ id: string; names: Record<string, string> }>).map((category) => {
      const name = ukrainianCategories[category.id];
      if (!name) throw new Error(`Add the Ukrainian name of category "${category.id}" to tests/build/third-language.test.ts`);
      return { ...category, names: { ...category.names, uk: name } };
    })
  : undefined;
const uk = JSON.parse(readFileSync(path.join(fixturesDir, "third-language/_data/i18n/uk.json"), "utf8")) as UiStrings;

// The fixture adds _data/i18n/uk.json and content/uk/blog/fast-code-model.md; the rest is the data above.
const site: BuildResult = build({
  fixture: "third-language",
  withProjectContent: true,
  files: {
    "_data/languages.json": JSON.stringify(languages, null, 2),
    ...(categories ? { "_data/categories.json": JSON.stringify(categories, null, 2) } : {}),
  },
});

test.after(() => removeSite(site));

const links = (url: string, selector: string) =>
  page(site, url)
    .querySelectorAll(selector)
    .map((link) => link.getAttribute("href"));

test("the site builds with a third language", () => {
  assert.is(site.status, 0, site.stderr);
});

test("the Ukrainian home lists the Ukrainian article, in Ukrainian, and nothing untranslated", () => {
  const home = page(site, "/uk/");
  assert.is(home.querySelector("html")?.getAttribute("lang"), "uk");
  assert.is(home.querySelector(".site-name")?.text.trim(), uk.siteName);
  assert.equal(
    links("/uk/", "main a").filter((href) => href?.includes("/blog/")),
    ["/uk/blog/fast-code-model/"],
  );
});

test("the Ukrainian article page has its language, date format, plurals and quotes", () => {
  const article = page(site, "/uk/blog/fast-code-model/");
  assert.is(article.querySelector("html")?.getAttribute("lang"), "uk");
  assert.is(article.querySelector("h1")?.text, "Компактна модель для коду відповідає швидше, ніж ви друкуєте");
  assert.is(article.querySelector("time")?.text, "27 лютого 2026 р.");
  assert.match(article.querySelector(".article-meta")?.text ?? "", /1 хвилина читання/);
  assert.match(article.querySelector(".article-body")?.text ?? "", /«швидка»/);
});

test("every article's switcher offers three languages: the translation where it exists, else the notice", () => {
  for (const url of ["/ru/blog/fast-code-model/", "/en/blog/fast-code-model/", "/uk/blog/fast-code-model/"]) {
    assert.equal(links(url, ".language-switcher a"), [
      "/ru/blog/fast-code-model/",
      "/en/blog/fast-code-model/",
      "/uk/blog/fast-code-model/",
    ]);
  }
  assert.equal(links("/ru/blog/eu-ai-act-deadlines/", ".language-switcher a"), [
    "/ru/blog/eu-ai-act-deadlines/",
    "/en/blog/eu-ai-act-deadlines/",
    "/uk/blog/eu-ai-act-deadlines/",
  ]);
  assert.equal(links("/uk/", ".language-switcher a"), ["/ru/", "/en/", "/uk/"]);
});

test("an article not translated into Ukrainian gets a Ukrainian notice listing the original, then the other translations", () => {
  const notice = page(site, "/uk/blog/agents-in-ci/");
  assert.is(notice.querySelector("html")?.getAttribute("lang"), "uk");
  assert.is(notice.querySelector("h1")?.text, uk.untranslatedTitle);
  assert.equal(links("/uk/blog/agents-in-ci/", "main a"), ["/ru/blog/agents-in-ci/", "/en/blog/agents-in-ci/", "/uk/"]);
  assert.match(notice.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "", /^noindex\b/);
});

test("Ukrainian lists appear, and a category's switcher leads to the same category in every language", () => {
  assert.equal(links("/uk/categories/novini-shi/", ".card h2 a"), ["/uk/blog/fast-code-model/"]);
  assert.equal(links("/uk/categories/novini-shi/", ".language-switcher a"), [
    "/ru/categories/novosti-ii/",
    "/en/categories/ai-news/",
    "/uk/categories/novini-shi/",
  ]);
  assert.equal(links("/uk/", ".site-nav a"), ["/uk/", "/uk/categories/", "/uk/tags/", "/uk/authors/", "/uk/archive/"]);
  assert.ok(page(site, "/uk/tags/").text.includes("ШІ для програмування"));
});

test("the Ukrainian 404 page exists in Ukrainian", () => {
  assert.is(page(site, "/uk/404.html").querySelector("h1")?.text, uk.notFoundTitle);
});

test("the Ukrainian search page exists in Ukrainian, and Ukrainian articles get their own index", () => {
  const search = page(site, "/uk/search/");
  assert.is(search.querySelector("h1")?.text.trim(), uk.searchTitle);
  assert.is(search.querySelector("form[data-search-form]")?.getAttribute("action"), "/uk/search/");
  const entry = JSON.parse(readFileSync(path.join(site.output, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.is(entry.languages.uk?.page_count, 1); // the one Ukrainian article; "not yet translated" notices are not indexed
});

test("the Ukrainian feeds list the Ukrainian article and every page's head links them", () => {
  const atom = readFileSync(path.join(site.output, "uk/feed.xml"), "utf8");
  const json = JSON.parse(readFileSync(path.join(site.output, "uk/feed.json"), "utf8")) as { items: Array<{ url: string }> };
  assert.match(atom, "/uk/blog/fast-code-model/");
  assert.equal(
    json.items.map((item) => new URL(item.url).pathname),
    ["/uk/blog/fast-code-model/"],
  );
  const feedLinks = links("/uk/", 'link[rel="alternate"][type="application/atom+xml"]');
  assert.ok(
    feedLinks.some((href) => href?.endsWith("/uk/feed.xml")),
    String(feedLinks),
  );
});

test("the sitemap gives the article hreflang alternates in all three languages, x-default to the default one", () => {
  const sitemap = readFileSync(path.join(site.output, "sitemap.xml"), "utf8");
  const entry = sitemap.split("<url>").find((block) => /<loc>[^<]*\/uk\/blog\/fast-code-model\/<\/loc>/.test(block)) ?? "";
  const hreflangs = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
    (match) => `${match[1]} ${new URL(match[2] ?? "").pathname}`,
  );
  assert.equal(hreflangs.sort(), [
    "en /en/blog/fast-code-model/",
    "ru /ru/blog/fast-code-model/",
    "uk /uk/blog/fast-code-model/",
    "x-default /ru/blog/fast-code-model/",
  ]);
});

test("npm run i18n's report covers the third language", () => {
  const files = readArticleFiles(path.join(site.root, "content"), ["ru", "en", "uk"]);
  const report = translationStatus(files, ["ru", "en", "uk"]);
  const fastModel = report.articles.find((article) => article.slug === "fast-code-model");
  assert.is(fastModel?.languages.uk?.state, "current");
  assert.is(report.articles.find((article) => article.slug === "agents-in-ci")?.languages.uk?.state, "missing");
});

test.run();
