// Every page's <head> (canonical, hreflang, feeds, social card), article JSON-LD, heading anchors and highlighted code.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { build, hasFile, page, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";
import type { Parsed } from "../helpers/xml.ts";

const siteUrl = "https://news.test";
const trickyTitle = `He said "hi" <b>&</b> </script>`;
const trickyDescription = `Quotes "here", <i>tags</i> & </script><script>alert(1)</script>`;

const head = suite<{ result: BuildResult }>("page metadata");

head.before((context) => {
  const image = readFileSync(path.join(projectRoot, "content/images/blog/hero-fast-model.webp"));
  context.result = build({ fixture: "metadata", files: { "content/images/blog/hero-fast-model.webp": image } }, { SITE_URL: siteUrl });
});
head.after((context) => removeSite(context.result));

const attr = (document: HTMLElement, selector: string, name = "content"): string | undefined =>
  document.querySelector(selector)?.getAttribute(name);

const hreflangs = (document: HTMLElement): Record<string, string> =>
  Object.fromEntries(
    document.querySelectorAll("link[rel=alternate][hreflang]").map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
  );

const jsonLd = (document: HTMLElement): Record<string, Parsed> => {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  assert.is(scripts.length, 1);
  return JSON.parse(scripts[0]?.textContent ?? "");
};

head("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

head("a translated article links its translation, x-default to the default language, and itself as canonical", ({ result }) => {
  const en = page(result, "/en/blog/translated-guide/");
  assert.is(attr(en, "link[rel=canonical]", "href"), `${siteUrl}/en/blog/translated-guide/`);
  assert.equal(hreflangs(en), {
    ru: `${siteUrl}/ru/blog/translated-guide/`,
    en: `${siteUrl}/en/blog/translated-guide/`,
    "x-default": `${siteUrl}/ru/blog/translated-guide/`,
  });
  assert.is(attr(en, 'meta[property="og:locale"]'), "en_US");
  assert.is(attr(en, 'meta[property="og:locale:alternate"]'), "ru_RU");
});

head("an untranslated article names only itself", ({ result }) => {
  const ru = page(result, "/ru/blog/untranslated-note/");
  const self = `${siteUrl}/ru/blog/untranslated-note/`;
  assert.equal(hreflangs(ru), { ru: self, "x-default": self });
  assert.is(ru.querySelectorAll('meta[property="og:locale:alternate"]').length, 0);
});

head("an article written only in another language than the default names itself as x-default too", ({ result }) => {
  const en = page(result, "/en/blog/english-only-note/");
  const self = `${siteUrl}/en/blog/english-only-note/`;
  assert.equal(hreflangs(en), { en: self, "x-default": self });
});

head("list pages pair up across languages too", ({ result }) => {
  assert.equal(hreflangs(page(result, "/en/")), {
    ru: `${siteUrl}/ru/`,
    en: `${siteUrl}/en/`,
    "x-default": `${siteUrl}/ru/`,
  });
});

head("every page links its language's Atom, RSS and JSON feeds and carries a social card", ({ result }) => {
  const pages = readdirSync(result.output, { recursive: true, encoding: "utf8" }).filter((file) => /^(ru|en)\/.*\.html$/.test(file));
  assert.ok(pages.length >= 6, String(pages));
  for (const file of pages) {
    const document = page(result, `/${file}`);
    const lang = file.slice(0, 2);
    assert.is(attr(document, 'link[type="application/atom+xml"]', "href"), `/${lang}/feed.xml`, file);
    assert.is(attr(document, 'link[type="application/feed+json"]', "href"), `/${lang}/feed.json`, file);
    assert.is(attr(document, 'link[rel="alternate"][type="application/rss+xml"]', "href"), `/${lang}/rss.xml`, file);
    for (const property of ["og:title", "og:description", "og:url", "og:image", "og:site_name"]) {
      assert.ok(attr(document, `meta[property="${property}"]`), `${file}: ${property}`);
    }
    for (const name of ["twitter:card", "twitter:title", "twitter:description", "twitter:image"]) {
      assert.ok(attr(document, `meta[name="${name}"]`), `${file}: ${name}`);
    }
  }
});

head("pages without an image of their own get the site's default 1200×630 card", ({ result }) => {
  const home = page(result, "/ru/");
  assert.is(attr(home, 'meta[property="og:image"]'), `${siteUrl}/images/social/default.jpg`);
  assert.is(attr(home, 'meta[property="og:image:width"]'), "1200");
  assert.is(attr(home, 'meta[property="og:image:height"]'), "630");
  assert.is(attr(home, 'meta[name="twitter:card"]'), "summary_large_image");
  assert.is(attr(home, 'meta[property="og:type"]'), "website");
});

head("404 pages are kept out of search engines", ({ result }) => {
  const notFound = page(result, "/en/404.html");
  assert.is(attr(notFound, "meta[name=robots]"), "noindex");
  assert.is(notFound.querySelectorAll("link[rel=canonical]").length, 0);
  assert.is(notFound.querySelectorAll("link[hreflang]").length, 0);
});

head("an article describes itself as a NewsArticle in JSON-LD", ({ result }) => {
  const article = page(result, "/ru/blog/translated-guide/");
  const data = jsonLd(article);
  assert.is(data["@context"], "https://schema.org");
  assert.is(data["@type"], "NewsArticle");
  assert.is(data.headline, "Как читать бенчмарки моделей");
  assert.is(data.datePublished, "2026-03-02T00:00:00+03:00");
  assert.is(data.dateModified, "2026-03-05T00:00:00+03:00");
  assert.equal(data.author, [{ "@type": "Person", name: "Анна Петрова", url: "https://news.test/ru/authors/anna-petrova/" }]);
  // The three shapes the image pipeline cuts from the hero, published, named after the same hero as og:image's card.
  const shapes = data.image as Array<{ "@type": string; url: string; width: number; height: number }>;
  assert.equal(
    shapes.map((shape) => [shape["@type"], shape.width, shape.height]),
    [
      ["ImageObject", 1200, 675],
      ["ImageObject", 1200, 900],
      ["ImageObject", 1200, 1200],
    ],
  );
  const card = /\/social\/(\d+)\.jpg$/.exec(attr(article, 'meta[property="og:image"]') ?? "")?.[1];
  for (const shape of shapes) {
    assert.match(shape.url, new RegExp(`^${siteUrl}/images/shapes/${card}-\\d+x\\d+\\.jpg$`));
    assert.ok(hasFile(result, new URL(shape.url).pathname), shape.url);
  }
  assert.is(data.inLanguage, "ru");
  assert.is(data.mainEntityOfPage, `${siteUrl}/ru/blog/translated-guide/`);
  assert.is(attr(article, 'meta[property="og:type"]'), "article");
  assert.is(attr(article, 'meta[property="article:modified_time"]'), "2026-03-05T00:00:00+03:00");
});

head("a title with quotes, tags and </script> is escaped in the title, meta tags and JSON-LD", ({ result }) => {
  const file = path.join(result.output, "ru/blog/tricky-title/index.html");
  const html = readFileSync(file, "utf8");
  assert.is(html.split("</script>").length - 1, html.split("<script").length - 1, "only real script elements end in </script>");
  assert.not.ok(html.includes("<b>&</b>"), "the title's markup never reaches the page as markup");
  assert.not.ok(html.includes("alert(1)</script>"));
  const document = page(result, "/ru/blog/tricky-title/");
  assert.is(document.querySelector("h1")?.text, trickyTitle);
  assert.is(document.querySelector("title")?.text, `${trickyTitle} — Нейросводка`);
  assert.is(attr(document, 'meta[property="og:title"]'), trickyTitle);
  assert.is(attr(document, 'meta[name="twitter:title"]'), trickyTitle);
  assert.is(attr(document, 'meta[name="description"]'), trickyDescription);
  assert.is(attr(document, 'meta[property="og:description"]'), trickyDescription);
  const data = jsonLd(document);
  assert.is(data.headline, trickyTitle);
  assert.is(data.description, trickyDescription);
  assert.equal(data.author, [{ "@type": "Person", name: "O'Brien <editor>", url: "https://news.test/ru/authors/o-brien-editor/" }]);
});

head("headings get transliterated ids, numbered when repeated", ({ result }) => {
  const body = page(result, "/ru/blog/translated-guide/").querySelector(".article-body");
  const ids = body?.querySelectorAll("h2, h3").map((heading) => heading.id);
  assert.equal(ids, ["chto-izmeryayut", "nabory-zadach", "chto-izmeryayut-2", "kod"]);
});

head("an article with three or more headings gets a table of contents linking to them", ({ result }) => {
  const toc = page(result, "/ru/blog/translated-guide/").querySelector("nav.toc");
  assert.ok(toc);
  assert.is(toc?.querySelector("h2")?.text, "Содержание");
  const top = toc?.querySelectorAll(":scope > ol > li > a").map((link) => [link.getAttribute("href"), link.text]);
  assert.equal(top, [
    ["#chto-izmeryayut", "Что измеряют"],
    ["#chto-izmeryayut-2", "Что измеряют"],
    ["#kod", "Код"],
  ]);
  const nested = toc?.querySelectorAll("ol ol a").map((link) => link.getAttribute("href"));
  assert.equal(nested, ["#nabory-zadach"]);
});

head("articles with fewer than three headings have no table of contents", ({ result }) => {
  assert.is(page(result, "/ru/blog/untranslated-note/").querySelectorAll("nav.toc").length, 0);
  assert.is(page(result, "/en/blog/translated-guide/").querySelectorAll("nav.toc").length, 0);
});

head("every id on an article page is unique", ({ result }) => {
  const ids = page(result, "/ru/blog/translated-guide/")
    .querySelectorAll("[id]")
    .map((element) => element.id);
  assert.equal(ids, [...new Set(ids)]);
});

head("code blocks are highlighted at build time; unknown languages stay escaped plain text", ({ result }) => {
  const body = page(result, "/ru/blog/translated-guide/").querySelector(".article-body");
  const python = body?.querySelector("code.language-python");
  assert.ok(python?.querySelector(".hljs-keyword"), "keywords are marked");
  assert.is(python?.querySelector(".hljs-keyword")?.text, "def");
  assert.match(python?.text ?? "", "return sum(1 for a in answers if a) / len(answers)");
  const unknown = body?.querySelector("code.language-brainfuck-unknown");
  assert.is(unknown?.querySelectorAll("*").length, 0, "no markup inside an unknown language's block");
  assert.is(unknown?.text, "<b>{{ not.a.variable }}</b> {% raw %}\n");
});

head("JSON-LD is the only script, and it is data", ({ result }) => {
  const scripts = page(result, "/ru/blog/translated-guide/").querySelectorAll("script");
  assert.equal(
    scripts.map((script) => script.getAttribute("type")),
    ["application/ld+json"],
  );
});

head.run();
