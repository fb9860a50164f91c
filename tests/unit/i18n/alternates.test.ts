// Which pages are translations of each other, and the hreflang links that say so.
import type { CollectionItem } from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { alternateLinks, sitePages, translationKeyOf, versionsOfPage } from "../../../src/i18n/alternates.ts";
import { absoluteUrl } from "../../../src/seo/absolute-url.ts";
import { russianAndEnglish } from "../../helpers/articles.ts";

const languages = russianAndEnglish;
const site = "https://news.test";

/** The shape Eleventy gives collection items; only what sitePages reads is filled in. */
function item(url: string | false, lang: string, data: Record<string, unknown> = {}): CollectionItem {
  return { url, data: { ...data, page: { url, lang } } } as unknown as CollectionItem;
}

test("absolute URLs join the site URL and a site path, encoding what needs it", () => {
  assert.is(absoluteUrl(site, "/ru/blog/x/"), "https://news.test/ru/blog/x/");
  assert.is(absoluteUrl(`${site}/`, "images/a b.jpg"), "https://news.test/images/a%20b.jpg");
  assert.is(absoluteUrl(site, "https://elsewhere.test/x"), "https://elsewhere.test/x");
});

test("pages whose URLs differ only in the language are translations of each other", () => {
  assert.is(translationKeyOf("/ru/blog/fast-model/", "ru"), "/blog/fast-model/");
  assert.is(translationKeyOf("/en/page/2/", "en"), "/page/2/");
  assert.is(translationKeyOf("/ru/rubriki/novosti-ii/", "ru", "category:ai-news"), "category:ai-news");
});

test("sitePages keeps HTML pages, drops noindex pages and files such as feeds", () => {
  const pages = sitePages({
    all: [
      item("/ru/blog/a/", "ru", { article: { dates: { modified: { day: "2026-01-05" } } } }),
      item("/ru/404.html", "ru", { noindex: true }),
      item("/ru/feed.xml", "ru"),
      item(false, "ru"),
      item("/en/", "en"),
    ],
  });
  assert.equal(
    pages.map((page) => page.url),
    ["/ru/blog/a/", "/en/"],
  );
  assert.equal(pages[0]?.lastModified, "2026-01-05");
  assert.is(pages[1]?.lastModified, undefined);
});

test("a translated page lists every language version and x-default to the default language", () => {
  const pages = sitePages({ all: [item("/ru/blog/a/", "ru"), item("/en/blog/a/", "en"), item("/ru/blog/b/", "ru")] });
  const versions = versionsOfPage({ translationKey: "/blog/a/" }, pages);
  assert.equal(alternateLinks(versions, languages, site), [
    { hreflang: "ru", href: "https://news.test/ru/blog/a/" },
    { hreflang: "en", href: "https://news.test/en/blog/a/" },
    { hreflang: "x-default", href: "https://news.test/ru/blog/a/" },
  ]);
});

test("list pages, which Eleventy does not render, are site pages with their translations", () => {
  const listPages = [
    { url: "/ru/rubriki/novosti-ii/", lang: "ru", translationKey: "category:ai-news" },
    { url: "/en/categories/ai-news/", lang: "en", translationKey: "category:ai-news" },
  ];
  const pages = sitePages({ all: [item("/ru/", "ru")], listPages });
  assert.equal(
    pages.map((page) => page.url),
    ["/ru/", "/ru/rubriki/novosti-ii/", "/en/categories/ai-news/"],
  );
  const versions = versionsOfPage({ translationKey: "category:ai-news" }, pages);
  assert.equal(
    [...versions],
    [
      ["ru", "/ru/rubriki/novosti-ii/"],
      ["en", "/en/categories/ai-news/"],
    ],
  );
});

test("an untranslated page names itself and, in any language, itself as x-default", () => {
  const ruOnly = alternateLinks(new Map([["ru", "/ru/blog/b/"]]), languages, site);
  assert.equal(
    ruOnly.map((link) => link.hreflang),
    ["ru", "x-default"],
  );
  const enOnly = alternateLinks(new Map([["en", "/en/blog/c/"]]), languages, site);
  assert.equal(enOnly, [
    { hreflang: "en", href: "https://news.test/en/blog/c/" },
    { hreflang: "x-default", href: "https://news.test/en/blog/c/" },
  ]);
});

test("links follow the declared language order, whatever order the pages were built in", () => {
  const pages = sitePages({ all: [item("/en/", "en"), item("/ru/", "ru")] });
  const links = alternateLinks(versionsOfPage({ translationKey: "/" }, pages), languages, site);
  assert.equal(
    links.map((link) => link.hreflang),
    ["ru", "en", "x-default"],
  );
});

test.run();
