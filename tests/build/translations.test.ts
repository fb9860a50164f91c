// The language switcher on translated and untranslated articles, and the "not yet translated" pages it leads to.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import { article, build, hasFile, page, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";

const strings = (lang: string) => JSON.parse(readFileSync(path.join(projectRoot, `_data/i18n/${lang}.json`), "utf8")) as UiStrings;
const ru = strings("ru");
const en = strings("en");
const hero = readFileSync(path.join(projectRoot, "content/images/blog/hero-fast-model.webp"));

const site: BuildResult = build({
  files: {
    "content/images/blog/hero-fast-model.webp": hero,
    "content/ru/blog/translated.md": article({ title: "Переведённая статья" }),
    "content/en/blog/translated.md": article(
      { author: "Editorial team", title: "A translated article", category: "AI News", translatedFrom: "0123456789ab" },
      "An article.",
    ),
    "content/ru/blog/russian-only.md": article({ title: "Статья только на русском" }),
    "content/en/blog/english-first.md": article(
      { author: "Editorial team", title: "Written in English first", category: "AI News" },
      "An article.",
    ),
    "content/ru/blog/being-translated.md": article({ title: "Статья, перевод которой не готов" }),
    "content/en/blog/being-translated.md": article(
      { author: "Editorial team", title: "Half-translated", category: "AI News", draft: true, translatedFrom: "0123456789ab" },
      "Half.",
    ),
  },
});

test.after(() => removeSite(site));

const switcher = (url: string) =>
  page(site, url)
    .querySelectorAll(".language-switcher a")
    .map((link) => ({
      lang: link.getAttribute("lang"),
      href: link.getAttribute("href"),
      current: link.getAttribute("aria-current") === "page",
    }));

test("the build succeeds", () => {
  assert.is(site.status, 0, site.stderr);
});

test("on a translated article the switcher leads to the translation itself", () => {
  assert.equal(switcher("/ru/blog/translated/"), [
    { lang: "ru", href: "/ru/blog/translated/", current: true },
    { lang: "en", href: "/en/blog/translated/", current: false },
  ]);
  const translation = page(site, "/en/blog/translated/");
  assert.is(translation.querySelector("h1")?.text, "A translated article");
  assert.is(translation.querySelector('meta[name="robots"]'), null);
});

test("on an untranslated article the switcher leads to a notice in the other language, linking the original and home", () => {
  assert.equal(switcher("/ru/blog/russian-only/")[1], { lang: "en", href: "/en/blog/russian-only/", current: false });
  const notice = page(site, "/en/blog/russian-only/");
  assert.is(notice.querySelector("html")?.getAttribute("lang"), "en");
  assert.is(notice.querySelector("h1")?.text, en.untranslatedTitle);
  assert.ok(notice.querySelector("main")?.text.includes(en.untranslatedText));
  const links = notice.querySelectorAll("main a").map((link) => [link.getAttribute("href"), link.text.trim()]);
  assert.equal(links, [
    ["/ru/blog/russian-only/", "Статья только на русском"],
    ["/en/", en.backHome],
  ]);
  assert.is(notice.querySelector('main a[href="/ru/blog/russian-only/"]')?.getAttribute("hreflang"), "ru");
  assert.equal(switcher("/en/blog/russian-only/"), [
    { lang: "ru", href: "/ru/blog/russian-only/", current: false },
    { lang: "en", href: "/en/blog/russian-only/", current: true },
  ]);
});

test("an article written in English first gets a Russian notice, in Russian", () => {
  const notice = page(site, "/ru/blog/english-first/");
  assert.is(notice.querySelector("html")?.getAttribute("lang"), "ru");
  assert.is(notice.querySelector("h1")?.text, ru.untranslatedTitle);
  assert.ok(notice.querySelector('main a[href="/en/blog/english-first/"]'));
  assert.ok(notice.querySelector('main a[href="/ru/"]'));
});

test("a draft translation is not published: readers get the notice until it is finished", () => {
  assert.is(page(site, "/en/blog/being-translated/").querySelector("h1")?.text, en.untranslatedTitle);
});

test("notices are kept out of search engines, the search index and the lists", () => {
  for (const url of ["/en/blog/russian-only/", "/ru/blog/english-first/", "/en/blog/being-translated/"]) {
    const notice = page(site, url);
    const robots = notice.querySelectorAll('meta[name="robots"]');
    assert.is(robots.length, 1, url);
    assert.match(robots[0]?.getAttribute("content") ?? "", /^noindex\b/, url);
    assert.is(notice.querySelector('link[rel="canonical"]'), null, `${url}: a notice is no copy of the original`);
    assert.is(notice.querySelector("[data-pagefind-body]"), null, url);
  }
  const listed = (url: string) =>
    page(site, url)
      .querySelectorAll("main a")
      .map((link) => link.getAttribute("href"));
  assert.equal(
    listed("/en/")
      .filter((href) => href?.includes("/blog/"))
      .sort(),
    ["/en/blog/english-first/", "/en/blog/translated/"],
  );
  assert.equal(
    listed("/ru/")
      .filter((href) => href?.includes("/blog/"))
      .sort(),
    ["/ru/blog/being-translated/", "/ru/blog/russian-only/", "/ru/blog/translated/"],
  );
});

test("no switcher link on any page leads nowhere", () => {
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const file = path.join(dir, entry);
      return statSync(file).isDirectory() ? htmlFiles(file) : entry.endsWith(".html") ? [file] : [];
    });
  const pages = htmlFiles(site.output);
  assert.ok(pages.length >= 12, `${pages.length} pages`);
  for (const file of pages) {
    const url = `/${path.relative(site.output, file)}`.replace(/index\.html$/, "");
    for (const { href } of url === "/" ? [] : switcher(url)) {
      assert.ok(hasFile(site, href?.endsWith("/") ? `${href}index.html` : (href ?? "")), `${url} → ${href}`);
    }
  }
});

const noticeUrls = ["/en/blog/russian-only/", "/ru/blog/english-first/", "/en/blog/being-translated/"];

test("notices are left out of the sitemap and the feeds", () => {
  const sitemap = readFileSync(path.join(site.output, "sitemap.xml"), "utf8");
  const feeds = ["en/feed.xml", "en/rss.xml", "en/feed.json", "ru/feed.xml", "ru/rss.xml", "ru/feed.json"].map((file) =>
    readFileSync(path.join(site.output, file), "utf8"),
  );
  for (const url of noticeUrls) {
    assert.not.match(sitemap, `${url}<`, `sitemap lists ${url}`);
    // Followed by a quote (an attribute, a JSON string) or by "<" (an RSS <link>).
    for (const feed of feeds) assert.not.match(feed, new RegExp(`${url}["<]`), `a feed lists ${url}`);
  }
});

test("an untranslated article names no alternate in a language it lacks, and a notice names none at all", () => {
  const head = page(site, "/ru/blog/russian-only/").querySelectorAll('link[rel="alternate"][hreflang]');
  assert.equal(head.map((link) => link.getAttribute("hreflang")).sort(), ["ru", "x-default"]);
  for (const url of noticeUrls) assert.is(page(site, url).querySelectorAll('link[rel="alternate"][hreflang]').length, 0, url);
});

test.run();
