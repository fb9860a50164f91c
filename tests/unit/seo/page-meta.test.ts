// What a page's <head> says about it, the default social card, and the sitemap and robots.txt text.
import type { CollectionItem } from "@11ty/eleventy";
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../../../_data/site.ts";
import { loadLanguages } from "../../../src/content/languages.ts";
import { pageMeta, type PageMetaData } from "../../../src/seo/page-meta.ts";
import { robotsTxt, sitemapXml } from "../../../src/seo/sitemap.ts";
import { sitePages } from "../../../src/i18n/alternates.ts";
import { projectRoot } from "../../helpers/site.ts";
import { parseXml, type Parsed } from "../../helpers/xml.ts";

const languages = loadLanguages(path.join(projectRoot, "_data"));
const settings = { ...site, url: "https://news.test" };
const item = (url: string, lang: string, data: Record<string, unknown> = {}) =>
  ({ url, data: { ...data, page: { url, lang } } }) as unknown as CollectionItem;
const all = [item("/ru/blog/a/", "ru"), item("/en/blog/a/", "en"), item("/ru/", "ru"), item("/en/", "en"), item("/ru/page/2/", "ru")];

const data = (url: string, extra: Partial<PageMetaData> = {}): PageMetaData => ({
  site: settings,
  languages,
  page: { url },
  collections: { all },
  ...extra,
});
const options = { siteName: "Нейросводка", title: "Заголовок", description: "Описание" };
const get = (pairs: ReadonlyArray<readonly [string, string]>, key: string) =>
  pairs.filter(([name]) => name === key).map(([, value]) => value);

test("a page's canonical URL is its own absolute URL, with hreflang for every version", () => {
  const meta = pageMeta(data("/en/blog/a/"), { ...options, lang: "en", type: "article", published: "2026-01-02T03:00:00+03:00" });
  assert.is(meta.canonical, "https://news.test/en/blog/a/");
  assert.equal(
    meta.alternates.map((link) => link.hreflang),
    ["ru", "en", "x-default"],
  );
  assert.equal(get(meta.openGraph, "og:locale"), ["en_US"]);
  assert.equal(get(meta.openGraph, "og:locale:alternate"), ["ru_RU"]);
  assert.equal(get(meta.openGraph, "og:type"), ["article"]);
  assert.equal(get(meta.openGraph, "article:published_time"), ["2026-01-02T03:00:00+03:00"]);
  assert.equal(get(meta.twitter, "twitter:card"), ["summary_large_image"]);
});

test("a page missing from collections.all still names itself", () => {
  const meta = pageMeta(data("/ru/page/9/"), { ...options, lang: "ru" });
  assert.equal(
    meta.alternates.map((link) => link.href),
    ["https://news.test/ru/page/9/", "https://news.test/ru/page/9/"],
  );
});

test("a noindex page says so and has no canonical URL or alternates", () => {
  const meta = pageMeta(data("/en/404.html", { noindex: true }), { ...options, lang: "en" });
  assert.is(meta.robots, "noindex");
  assert.is(meta.canonical, undefined);
  assert.equal(meta.alternates, []);
});

test("a page rendered but never written (a production draft) claims no URL", () => {
  const meta = pageMeta(data("/ru/"), { ...options, lang: "ru" });
  const draft = pageMeta({ ...data("/ru/"), page: { url: false } }, { ...options, lang: "ru" });
  assert.ok(meta.canonical);
  assert.is(draft.canonical, undefined);
  assert.equal(draft.alternates, []);
});

test("the default social card is the configured image, absolute, with its size", () => {
  const meta = pageMeta(data("/ru/"), { ...options, lang: "ru" });
  assert.equal(meta.defaultImage, { url: "https://news.test/images/social/default.jpg", width: 1200, height: 630, alt: "Нейросводка" });
});

test("the configured social image exists with the size the settings claim", async () => {
  const file = path.join(projectRoot, "content", site.socialImage.src);
  const { width, height, format } = await sharp(readFileSync(file)).metadata();
  assert.equal([width, height, format], [site.socialImage.width, site.socialImage.height, "jpeg"]);
});

test("the sitemap lists pages in URL order with their alternates; robots.txt points at it", () => {
  const { urlset } = parseXml(sitemapXml(sitePages({ all }), languages, settings.url));
  assert.equal(
    urlset.url.map((url: Parsed) => url.loc),
    [
      "https://news.test/en/",
      "https://news.test/en/blog/a/",
      "https://news.test/ru/",
      "https://news.test/ru/blog/a/",
      "https://news.test/ru/page/2/",
    ],
  );
  assert.equal(
    urlset.url[4]["xhtml:link"].map((link: Parsed) => link["@hreflang"]),
    ["ru", "x-default"],
  );
  assert.is(robotsTxt(settings.url), "User-agent: *\nAllow: /\n\nSitemap: https://news.test/sitemap.xml\n");
  assert.is(
    robotsTxt(settings.url, ["ru", "en"]),
    "User-agent: *\nAllow: /\n\nSitemap: https://news.test/sitemap.xml\nSitemap: https://news.test/ru/news-sitemap.xml\nSitemap: https://news.test/en/news-sitemap.xml\n",
  );
});

test.run();
