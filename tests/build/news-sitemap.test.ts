// Google News sitemaps: per language, the articles of the last two days with the publication's name, language, date
// and title, read as XML; an empty one is a valid urlset; robots.txt lists them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, projectFile, projectRoot, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

const siteUrl = "https://news.test";
// The site's time zone (_data/site.ts) decides which day "today" is.
const moscowDay = (ms: number): string => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(new Date(ms));
const today = moscowDay(Date.now());
const weekAgo = moscowDay(Date.now() - 7 * 24 * 3600 * 1000);
const siteName = (lang: string): string =>
  (JSON.parse(readFileSync(path.join(projectRoot, `_data/i18n/${lang}.json`), "utf8")) as { siteName: string }).siteName;

const news = suite<{ result: BuildResult; read(sitePath: string): string }>("news sitemaps");

news.before((context) => {
  context.result = build(
    {
      files: {
        [sampleHero]: projectFile(sampleHero),
        "content/ru/blog/segodnya.md": article({ title: "Сегодняшняя новость <и> «кавычки» & амперсанд", pubDate: today }),
        "content/ru/blog/nedelya.md": article({ title: "Новость недельной давности", pubDate: weekAgo }),
        "content/en/blog/nedelya.md": article({
          title: "A week-old story",
          category: "AI News",
          author: "Editorial team",
          pubDate: weekAgo,
          translatedFrom: "x",
        }),
      },
    },
    { SITE_URL: siteUrl },
  );
  assert.is(context.result.status, 0, context.result.stdout + context.result.stderr);
  context.read = (sitePath) => readFileSync(path.join(context.result.output, sitePath), "utf8");
});
news.after((context) => removeSite(context.result));

news("the Russian one lists today's article only, with the publication, language, date and title", ({ read }) => {
  const { urlset } = parseXml(read("ru/news-sitemap.xml"));
  assert.is(urlset["@xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
  assert.is(urlset["@xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  const urls: Parsed[] = urlset.url ?? [];
  assert.equal(
    urls.map((url) => url.loc),
    [`${siteUrl}/ru/blog/segodnya/`],
  );
  const entry = urls[0]["news:news"];
  assert.is(entry["news:publication"]["news:name"], siteName("ru"));
  assert.is(entry["news:publication"]["news:language"], "ru");
  assert.is(entry["news:title"], "Сегодняшняя новость <и> «кавычки» & амперсанд");
  const published = entry["news:publication_date"];
  assert.match(published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  assert.is(published.slice(0, 10), today);
});

news("a language with nothing that new has an empty, valid news sitemap", ({ read }) => {
  const { urlset } = parseXml(read("en/news-sitemap.xml"));
  assert.is(urlset["@xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
  assert.is(urlset.url, undefined);
});

news("robots.txt lists the sitemap and every language's news sitemap", ({ read }) => {
  const robots = read("robots.txt");
  for (const sitemap of ["sitemap.xml", "ru/news-sitemap.xml", "en/news-sitemap.xml"]) {
    assert.match(robots, new RegExp(`^Sitemap: ${siteUrl}/${sitemap.replace(".", "\\.")}$`, "m"));
  }
});

news.run();
