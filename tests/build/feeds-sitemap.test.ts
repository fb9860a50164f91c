// Feeds, sitemap and robots.txt of a built site, read the way feed readers and crawlers read them: as XML and JSON.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { build, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

const siteUrl = "https://news.test";
const trickyTitle = `He said "hi" <b>&</b> </script>`;

const feeds = suite<{ result: BuildResult; read(sitePath: string): string }>("feeds and sitemap");

feeds.before((context) => {
  const image = readFileSync(path.join(projectRoot, "content/images/blog/hero-fast-model.webp"));
  context.result = build({ fixture: "metadata", files: { "content/images/blog/hero-fast-model.webp": image } }, { SITE_URL: siteUrl });
  context.read = (sitePath) => readFileSync(path.join(context.result.output, sitePath), "utf8");
});
feeds.after((context) => removeSite(context.result));

/** Every href/src in a piece of HTML. */
const urlsIn = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? "");

feeds("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

feeds("each language has an Atom feed with the required fields", ({ read }) => {
  for (const lang of ["ru", "en"]) {
    const { feed } = parseXml(read(`${lang}/feed.xml`));
    assert.is(feed["@xmlns"], "http://www.w3.org/2005/Atom");
    assert.is(feed["@xml:lang"], lang);
    assert.is(feed.id, `${siteUrl}/${lang}/feed.xml`);
    assert.ok(feed.title.length > 0);
    assert.match(feed.updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    const self = feed.link.find((link: Parsed) => link["@rel"] === "self");
    assert.is(self["@href"], `${siteUrl}/${lang}/feed.xml`);
    for (const entry of feed.entry) {
      assert.ok(entry.title.length > 0);
      assert.match(entry.id, new RegExp(`^${siteUrl}/${lang}/blog/[a-z0-9-]+/$`));
      assert.is(entry.link[0]["@href"], entry.id);
      assert.match(entry.updated, /^\d{4}-\d\d-\d\dT/);
      assert.is(entry.content["@type"], "html");
      assert.ok(entry.content["#text"].includes("<p>"), "content is the article's full HTML");
    }
  }
});

feeds("the Atom feed lists the language's articles newest first, with the updated date", ({ read }) => {
  const { feed } = parseXml(read("ru/feed.xml"));
  assert.equal(
    feed.entry.map((entry: Parsed) => entry.id),
    ["translated-guide", "untranslated-note", "tricky-title"].map((slug) => `${siteUrl}/ru/blog/${slug}/`),
  );
  assert.is(feed.entry[0].published, "2026-03-02T00:00:00+03:00", "midnight of that day in the site's zone");
  assert.is(feed.entry[0].updated, "2026-03-05T00:00:00+03:00");
  assert.is(feed.updated, "2026-03-05T00:00:00+03:00");
  assert.is(parseXml(read("en/feed.xml")).feed.entry.length, 2);
});

feeds("each language has a JSON Feed 1.1 with the required fields", ({ read }) => {
  for (const lang of ["ru", "en"]) {
    const feed = JSON.parse(read(`${lang}/feed.json`));
    assert.is(feed.version, "https://jsonfeed.org/version/1.1");
    assert.is(feed.feed_url, `${siteUrl}/${lang}/feed.json`);
    assert.is(feed.home_page_url, `${siteUrl}/${lang}/`);
    assert.is(feed.language, lang);
    assert.ok(feed.items.length > 0);
    for (const item of feed.items) {
      assert.match(item.id, new RegExp(`^${siteUrl}/${lang}/blog/`));
      assert.is(item.url, item.id);
      assert.ok(item.content_html.includes("<p>"));
      assert.match(item.date_published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
      assert.match(item.image, /^https:\/\/news\.test\/images\//);
    }
  }
});

feeds("feed content carries only absolute URLs, internal links and anchors included", ({ read, result }) => {
  for (const file of ["ru/feed.xml", "ru/rss.xml", "ru/feed.json", "en/feed.xml", "en/rss.xml", "en/feed.json"]) {
    const text = read(file);
    const html = file.endsWith(".json")
      ? JSON.parse(text)
          .items.map((item: Parsed) => item.content_html)
          .join("\n")
      : file.endsWith("rss.xml")
        ? parseXml(text)
            .rss.channel.item.map((item: Parsed) => item["content:encoded"])
            .join("\n")
        : parseXml(text)
            .feed.entry.map((entry: Parsed) => entry.content["#text"])
            .join("\n");
    const urls = urlsIn(html);
    assert.ok(urls.length > 0, file);
    for (const url of urls) assert.match(url, /^https?:\/\//, `${file}: ${url}`);
  }
  const guide = JSON.parse(read("ru/feed.json")).items[0].content_html as string;
  assert.ok(urlsIn(guide).includes(`${siteUrl}/ru/blog/untranslated-note/`), "an internal link becomes absolute");
  assert.ok(urlsIn(guide).includes(`${siteUrl}/ru/blog/translated-guide/#kod`), "an in-page anchor points into the article");
  // The hero leads the content as the image pipeline published it: an absolute URL of a file in the build.
  const hero = urlsIn(guide).find((url) => url.startsWith(`${siteUrl}/images/`)) ?? "";
  assert.ok(guide.indexOf(hero) < guide.indexOf("<p>", 10), "the hero image leads the content");
  assert.ok(existsSync(path.join(result.output, hero.slice(siteUrl.length))), hero);
});

feeds("a title with quotes, tags and </script> survives every feed unchanged", ({ read }) => {
  const atom = read("ru/feed.xml");
  const entry = parseXml(atom).feed.entry.find((candidate: Parsed) => candidate.id.endsWith("/tricky-title/"));
  assert.is(entry.title, trickyTitle);
  assert.is(entry.author.name, "O'Brien <editor>");
  assert.equal(
    entry.category.map((category: Parsed) => category["@term"]),
    ["Новости ИИ", "<b>tag</b>", "A & B", 'say "cheese"'],
  );
  assert.not.ok(atom.includes("<b>&</b>"), "no raw markup from the title in the XML");
  const item = JSON.parse(read("ru/feed.json")).items.find((candidate: Parsed) => candidate.id.endsWith("/tricky-title/"));
  assert.is(item.title, trickyTitle);
  assert.is(item.summary, `Quotes "here", <i>tags</i> & </script><script>alert(1)</script>`);
  const rss = read("ru/rss.xml");
  const rssItem = parseXml(rss).rss.channel.item.find((candidate: Parsed) => candidate.link[0].endsWith("/tricky-title/"));
  assert.is(rssItem.title, trickyTitle);
  assert.is(rssItem["dc:creator"], "O'Brien <editor>");
  assert.equal(rssItem.category, ["Новости ИИ", "<b>tag</b>", "A & B", 'say "cheese"']);
  assert.is(rssItem.description, `Quotes "here", <i>tags</i> & </script><script>alert(1)</script>`);
  assert.not.ok(rss.includes("<b>&</b>"), "no raw markup from the title in the RSS");
});

feeds("without websubHub in _data/site.ts, no feed names a hub", ({ read }) => {
  for (const lang of ["ru", "en"]) {
    for (const file of [`${lang}/feed.xml`, `${lang}/rss.xml`]) assert.not.match(read(file), /rel="hub"/, file);
    assert.is(JSON.parse(read(`${lang}/feed.json`)).hubs, undefined);
  }
});

/** The built HTML pages as site URLs: /ru/blog/x/ for …/index.html, /404.html as it is. */
function builtPages(output: string, folder = ""): string[] {
  return readdirSync(path.join(output, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return builtPages(output, relative);
    if (!entry.name.endsWith(".html")) return [];
    return [entry.name === "index.html" ? `/${folder}${folder ? "/" : ""}` : `/${relative}`];
  });
}

feeds("the sitemap lists every built page that search engines may index", ({ result, read }) => {
  const { urlset } = parseXml(read("sitemap.xml"));
  assert.is(urlset["@xmlns:xhtml"], "http://www.w3.org/1999/xhtml");
  const listed = urlset.url.map((url: Parsed) => url.loc).sort();
  // Left out: the root redirect and every page that asks not to be indexed (404s, "not yet translated" notices).
  const indexable = (url: string): boolean =>
    !/<meta name="robots" content="noindex/.test(read(url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1)));
  const expected = builtPages(result.output)
    .filter((url) => url !== "/" && indexable(url))
    .map((url) => `${siteUrl}${url}`)
    .sort();
  assert.equal(listed, expected);
});

feeds("the sitemap gives a translated article its hreflang alternates and x-default", ({ read }) => {
  const { urlset } = parseXml(read("sitemap.xml"));
  const alternatesOf = (loc: string) =>
    Object.fromEntries(
      urlset.url.find((url: Parsed) => url.loc === loc)["xhtml:link"].map((link: Parsed) => [link["@hreflang"], link["@href"]]),
    );
  const translated = {
    ru: `${siteUrl}/ru/blog/translated-guide/`,
    en: `${siteUrl}/en/blog/translated-guide/`,
    "x-default": `${siteUrl}/ru/blog/translated-guide/`,
  };
  assert.equal(alternatesOf(`${siteUrl}/en/blog/translated-guide/`), translated);
  assert.equal(alternatesOf(`${siteUrl}/ru/blog/translated-guide/`), translated);
  const untranslated = `${siteUrl}/ru/blog/untranslated-note/`;
  assert.equal(alternatesOf(untranslated), { ru: untranslated, "x-default": untranslated });
  assert.is(urlset.url.find((url: Parsed) => url.loc === untranslated).lastmod, "2026-02-10");
  const englishOnly = `${siteUrl}/en/blog/english-only-note/`;
  assert.equal(alternatesOf(englishOnly), { en: englishOnly, "x-default": englishOnly });
});

feeds("robots.txt points at the sitemap's absolute URL", ({ read }) => {
  assert.match(read("robots.txt"), /^Sitemap: https:\/\/news\.test\/sitemap\.xml$/m);
  assert.match(read("robots.txt"), /^User-agent: \*$/m);
});

feeds.run();
