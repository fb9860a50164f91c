// The production build indexes every article in its own language, and only the search pages ship JavaScript.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "node-html-parser";
import { build, hasFile, page, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";
import { vocabularyFolder, vocabularyPartNames } from "../../src/search/shared/vocabulary.ts";
import { readSearchPageConfig } from "../../src/search/shared/page-config.ts";

const search = suite<{ result: BuildResult }>("search index of the sample site");

search.before((context) => {
  context.result = build({ withProjectContent: true });
});
search.after((context) => removeSite(context.result));

const articleSlugs = (lang: string): string[] =>
  readdirSync(path.join(projectRoot, "content", lang, "blog"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.replace(/\.md$/, ""));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
}

search("the build succeeds and says what it indexed", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /\[search\] Indexed \d+ articles/);
});

search("each language gets its own index, holding its articles and nothing else", ({ result }) => {
  const entry = JSON.parse(readFileSync(path.join(result.output, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.equal(Object.keys(entry.languages).sort(), ["en", "ru"]);
  for (const lang of ["ru", "en"]) assert.is(entry.languages[lang]?.page_count, articleSlugs(lang).length, lang);
});

search("the index is published with the site, with no half-written folder left beside it", ({ result }) => {
  assert.ok(hasFile(result, "pagefind/pagefind.js"));
  assert.ok(hasFile(result, "assets/search.js"));
  assert.not.ok(hasFile(result, "pagefind.next"));
  assert.not.ok(hasFile(result, "pagefind.old"));
});

search("only the search pages ship JavaScript, as one module file and no inline script", ({ result }) => {
  for (const file of htmlFiles(result.output)) {
    const html = readFileSync(path.join(result.output, file), "utf8");
    const document = parse(html, { blockTextElements: { script: true, style: true } });
    // JSON-LD blocks are data for search engines, not code: the browser never runs them.
    const scripts = document.querySelectorAll("script").filter((script) => script.getAttribute("type") !== "application/ld+json");
    const handlers = document.querySelectorAll("*").filter((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)));
    assert.is(handlers.length, 0, `${file} has inline event handlers`);
    if (/^[a-z-]+\/search\/index\.html$/.test(file)) {
      assert.is(scripts.length, 1, file);
      assert.is(scripts[0]?.getAttribute("src"), "/assets/search.js", file);
      assert.is(scripts[0]?.getAttribute("type"), "module", file);
      assert.is(scripts[0]?.text.trim(), "", file);
    } else {
      assert.is(scripts.length, 0, `${file} ships a script`);
    }
  }
});

search("every language has a search page in its language, with a form that works without JavaScript", ({ result }) => {
  for (const [lang, title] of [
    ["ru", "Поиск"],
    ["en", "Search"],
  ]) {
    const searchPage = page(result, `/${lang}/search/`);
    assert.is(searchPage.querySelector("html")?.getAttribute("lang"), lang);
    assert.is(searchPage.querySelector("h1")?.text, title);
    const form = searchPage.querySelector("form[data-search-form]");
    assert.is(form?.getAttribute("action"), `/${lang}/search/`);
    assert.is(form?.getAttribute("method"), "get");
    assert.is(form?.querySelector("input[type=search]")?.getAttribute("name"), "q");
    assert.ok(searchPage.querySelector("noscript"), `${lang} has no no-JavaScript text`);
  }
});

search(
  "each search page preloads its language's Pagefind WebAssembly, a file the index wrote, fetched as Pagefind fetches it",
  ({ result }) => {
    for (const lang of ["ru", "en"]) {
      const preloads = page(result, `/${lang}/search/`).querySelectorAll("link[rel=preload]");
      assert.is(preloads.length, 1, lang);
      const href = preloads[0]?.getAttribute("href") ?? "";
      assert.ok(hasFile(result, href), `${lang}: ${href} is not in the build`);
      const entry = JSON.parse(readFileSync(path.join(result.output, "pagefind/pagefind-entry.json"), "utf8")) as {
        languages: Record<string, { wasm: string }>;
      };
      assert.is(href, `/pagefind/wasm.${entry.languages[lang]?.wasm}.pagefind`, lang);
      assert.is(preloads[0]?.getAttribute("as"), "fetch");
      assert.is(preloads[0]?.getAttribute("crossorigin"), "anonymous");
    }
  },
);

search("the word list for typos is published in parts: a card's word is in the two parts its ends name, and nowhere else", ({ result }) => {
  const folder = path.join(result.output, vocabularyFolder);
  const parts = Object.fromEntries(
    readdirSync(folder).map((file) => [file, JSON.parse(readFileSync(path.join(folder, file), "utf8")) as string[]]),
  );
  assert.not.ok(hasFile(result, "ru/search/words.json"), "the whole list is not published any more");
  // The search page names the file of every part that has words; it asks for no other, so none is a 404.
  const config = readSearchPageConfig(page(result, "/ru/search/").querySelector("[data-search]")?.getAttribute("data-search"));
  const named = config.indexes.find((index) => index.lang === "ru")?.vocabularyParts ?? {};
  // The folder holds every language's files; a file alike in two languages is one file.
  const namedByAll = config.indexes.flatMap((index) => Object.values(index.vocabularyParts));
  assert.equal([...new Set(namedByAll)].sort(), Object.keys(parts).sort());
  // «Компактная модель для кода…» is the title of a sample article.
  const holding = Object.keys(parts).filter((file) => parts[file]?.includes("компактная"));
  assert.equal(holding.sort(), [...new Set(vocabularyPartNames("компактная").map((name) => named[name]))].sort());
  for (const [file, words] of Object.entries(parts)) {
    assert.equal(words, [...words].sort(), file);
    assert.ok(words.length > 0, `${file} is published empty`);
  }
});

search("article pages give the index their body, title, date, thumbnail and filters", ({ result }) => {
  const article = page(result, "/ru/blog/fast-code-model/");
  const body = article.querySelectorAll("[data-pagefind-body]");
  assert.is(body.length, 1);
  assert.is(body[0]?.tagName, "ARTICLE");
  assert.is(body[0]?.getAttribute("data-article-date"), "2026-02-27");
  assert.is(body[0]?.getAttribute("data-pagefind-sort"), "date[data-article-date]");
  assert.is(article.querySelector("[data-pagefind-meta=title]")?.text, "Компактная модель для кода отвечает быстрее, чем вы печатаете");
  assert.is(article.querySelector("[data-pagefind-filter=category]")?.text, "Новости ИИ");
  assert.is(article.querySelector("[data-pagefind-filter=author]")?.text, "Редакция");
  assert.equal(
    article.querySelectorAll("[data-pagefind-filter=tag]").map((tag) => tag.text.trim()),
    ["OpenAI", "AI для кодинга", "ChatGPT Pro"],
  );
});

search("the thumbnail each search result shows is a file of the built site", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    for (const slug of articleSlugs(lang)) {
      const thumbnail = page(result, `/${lang}/blog/${slug}/`).querySelector("[data-hero-thumbnail]")?.getAttribute("data-hero-thumbnail");
      assert.ok(thumbnail && hasFile(result, thumbnail), `${lang}/${slug}: ${thumbnail}`);
    }
  }
});

search.run();
