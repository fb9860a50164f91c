// Featured articles are pinned on the home in larger cards, the newest three; a series' parts link to each other and to
// the series' page, in both languages; a wrong featured or series field is one editor line each.
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { HTMLElement } from "node-html-parser";
import { article, build, hasFile, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const ru = (slug: string, fields: Record<string, unknown>): [string, string] => [`content/ru/blog/${slug}.md`, article(fields)];
const en = (slug: string, fields: Record<string, unknown>): [string, string] => [
  `content/en/blog/${slug}.md`,
  article({ category: "AI News", author: "Editorial team", ...fields }, "Text of the article about a model.\n\nMore text."),
];

const site = Object.fromEntries([
  // Four featured articles: the newest three are pinned, the oldest stays in the list.
  ru("featured-1", { title: "Избранная первая", pubDate: "2026-03-01", featured: true }),
  ru("featured-2", { title: "Избранная вторая", pubDate: "2026-03-02", featured: true }),
  ru("featured-3", { title: "Избранная третья", pubDate: "2026-03-03", featured: true }),
  ru("featured-4", { title: "Избранная четвёртая", pubDate: "2026-03-04", featured: true }),
  ru("plain", { title: "Обычная статья", pubDate: "2026-03-05", featured: false }),
  // Parts are ordered by their number, not by date: part 1 is the newest.
  ru("part-one", { title: "Первая часть", pubDate: "2026-02-20", series: "Локальные модели", seriesPart: 1 }),
  ru("part-two", { title: "Вторая часть", pubDate: "2026-02-10", series: "Локальные модели", seriesPart: 2 }),
  ru("part-three", { title: "Третья часть", pubDate: "2026-02-15", series: "Локальные модели", seriesPart: 3 }),
  en("part-one", { title: "Part one", pubDate: "2026-02-20", series: "Local models", seriesPart: 1 }),
  en("part-two", { title: "Part two", pubDate: "2026-02-10", series: "Local models", seriesPart: 2 }),
  en("featured-4", { title: "Featured in English", pubDate: "2026-03-04", featured: true }),
  [sampleHero, projectFile(sampleHero)],
]);

const texts = (elements: HTMLElement[]): string[] => elements.map((element) => element.text.trim());
const hrefs = (elements: HTMLElement[]): Array<string | undefined> => elements.map((element) => element.getAttribute("href"));
const jsonLd = (doc: HTMLElement): Record<string, unknown> =>
  JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as Record<string, unknown>;
/** The width a `sizes` attribute gives the image on a wide screen: its first entry, in rem. */
const wideWidth = (sizes: string | undefined): number => Number(/\)\s*([\d.]+)rem/.exec(sizes ?? "")?.[1] ?? Number.NaN);

const featured = suite<{ result: BuildResult }>("featured articles and series");

featured.before((context) => {
  context.result = build({ files: site });
});
featured.after((context) => removeSite(context.result));

featured("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stdout + result.stderr);
});

featured("the newest three featured articles are pinned first, newest first, and not repeated in the list", ({ result }) => {
  const home = page(result, "/ru/");
  const pinned = texts(home.querySelectorAll(".featured .card h2 a"));
  assert.equal(pinned, ["Избранная четвёртая", "Избранная третья", "Избранная вторая"]);
  const listed = texts(home.querySelectorAll("main > .card-grid .card h2 a"));
  for (const title of pinned) assert.not.ok(listed.includes(title), `${title} is listed again`);
  assert.ok(listed.includes("Избранная первая"), "the fourth featured article stays in the list");
  assert.equal(listed.slice(0, 2), ["Обычная статья", "Избранная первая"]);
  // Every article is on the home once.
  assert.is(pinned.length + listed.length, 8);
});

featured("featured cards are larger cards: their own class, a wider image rendition, width and height", ({ result }) => {
  const home = page(result, "/ru/");
  const pinned = home.querySelectorAll(".featured .card");
  assert.is(pinned.length, 3);
  for (const card of pinned) assert.ok(card.classList.contains("card-featured"), card.getAttribute("class"));
  const listCard = home.querySelector("main > .card-grid .card");
  assert.not.ok(listCard?.classList.contains("card-featured"));
  const listWidth = wideWidth(listCard?.querySelector("source")?.getAttribute("sizes"));
  for (const card of pinned) {
    const width = wideWidth(card.querySelector("source")?.getAttribute("sizes"));
    assert.ok(width > listWidth, `featured ${width}rem, list ${listWidth}rem`);
    const image = card.querySelector("img");
    assert.ok(Number(image?.getAttribute("width")) > 0 && Number(image?.getAttribute("height")) > 0, image?.toString());
  }
  // The lead card is the page's largest paint.
  assert.is(pinned[0]?.querySelector("img")?.getAttribute("fetchpriority"), "high");
});

featured("the English home pins its own featured article; a later home page has none", ({ result }) => {
  assert.equal(texts(page(result, "/en/").querySelectorAll(".featured .card h2 a")), ["Featured in English"]);
  assert.not.ok(hasFile(result, "ru/page/2/index.html"), "eight articles fit one page");
});

featured("a part says «Часть 2 из 3», lists the parts in order with the current one marked, and links the series", ({ result }) => {
  const nav = page(result, "/ru/blog/part-two/").querySelector(".series-nav");
  assert.ok(nav, "no series navigation");
  assert.match(nav.text, "Часть 2 из 3");
  const parts = nav.querySelectorAll("ol a");
  assert.equal(texts(parts), ["Первая часть", "Вторая часть", "Третья часть"]);
  assert.equal(hrefs(parts), ["/ru/blog/part-one/", "/ru/blog/part-two/", "/ru/blog/part-three/"]);
  assert.equal(
    parts.map((link) => link.getAttribute("aria-current") ?? null),
    [null, "page", null],
  );
  const seriesLink = nav.querySelectorAll("a").find((link) => link.getAttribute("href") === "/ru/series/lokalnye-modeli/");
  assert.is(seriesLink?.text, "Серия «Локальные модели»");
});

featured('an English part says "Part 1 of 2" under its own English series name', ({ result }) => {
  const nav = page(result, "/en/blog/part-one/").querySelector(".series-nav");
  assert.ok(nav, "no series navigation");
  assert.match(nav.text, "Part 1 of 2");
  assert.equal(hrefs(nav.querySelectorAll("ol a")), ["/en/blog/part-one/", "/en/blog/part-two/"]);
  assert.ok(hrefs(nav.querySelectorAll("a")).includes("/en/series/local-models/"));
  assert.match(nav.text, "Series: Local models");
});

featured("an article outside a series has no series navigation and no isPartOf", ({ result }) => {
  const doc = page(result, "/ru/blog/plain/");
  assert.is(doc.querySelector(".series-nav"), null);
  assert.is(jsonLd(doc).isPartOf, undefined);
});

featured("each part's Article isPartOf its CreativeWorkSeries, with the series' name and page", ({ result }) => {
  for (const [url, name, seriesPath] of [
    ["/ru/blog/part-three/", "Локальные модели", "/ru/series/lokalnye-modeli/"],
    ["/en/blog/part-two/", "Local models", "/en/series/local-models/"],
  ] as const) {
    const isPartOf = jsonLd(page(result, url)).isPartOf as Record<string, unknown> | undefined;
    assert.is(isPartOf?.["@type"], "CreativeWorkSeries", url);
    assert.is(isPartOf?.name, name);
    assert.ok(String(isPartOf?.url).startsWith("http") && String(isPartOf?.url).endsWith(seriesPath), String(isPartOf?.url));
  }
});

featured("the series page lists its parts in order as cards and carries the CreativeWorkSeries", ({ result }) => {
  const doc = page(result, "/ru/series/lokalnye-modeli/");
  assert.is(doc.querySelector("h1")?.text, "Серия «Локальные модели»");
  assert.equal(hrefs(doc.querySelectorAll(".card h2 a")), ["/ru/blog/part-one/", "/ru/blog/part-two/", "/ru/blog/part-three/"]);
  const data = jsonLd(doc);
  assert.is(data["@type"], "CreativeWorkSeries");
  assert.is(data.name, "Локальные модели");
  assert.ok(String(data.url).endsWith("/ru/series/lokalnye-modeli/"));
  const parts = (data.hasPart as Array<{ url: string }>).map((part) => new URL(part.url).pathname);
  assert.equal(parts, ["/ru/blog/part-one/", "/ru/blog/part-two/", "/ru/blog/part-three/"]);
  const english = page(result, "/en/series/local-models/");
  assert.is(english.querySelector("h1")?.text, "Series: Local models");
  assert.equal(hrefs(english.querySelectorAll(".card h2 a")), ["/en/blog/part-one/", "/en/blog/part-two/"]);
});

featured("the sitemap lists both series pages as translations of each other", ({ result }) => {
  const sitemap = readFileSync(path.join(result.output, "sitemap.xml"), "utf8");
  const entry = /<url>\s*<loc>[^<]*\/ru\/series\/lokalnye-modeli\/<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0] ?? "";
  assert.ok(entry, "no sitemap entry for the Russian series page");
  assert.match(entry, /hreflang="en" href="[^"]*\/en\/series\/local-models\/"/);
  assert.match(sitemap, /<loc>[^<]*\/en\/series\/local-models\/<\/loc>/);
});

featured("the series page's language switcher leads to the same series in English", ({ result }) => {
  const switcher = page(result, "/ru/series/lokalnye-modeli/").querySelectorAll(".language-switcher a");
  assert.ok(hrefs(switcher).includes("/en/series/local-models/"), String(hrefs(switcher)));
});

featured.run();

const broken = Object.fromEntries([
  ru("yes", { title: "Строка вместо да", featured: "yes" }),
  ru("no-series", { title: "Номер без серии", seriesPart: 2 }),
  ru("no-number", { title: "Серия без номера", series: "Агенты" }),
  ru("first-part", { title: "Первая", series: "Агенты", seriesPart: 1 }),
  ru("same-part", { title: "Тоже первая", series: "Агенты", seriesPart: 1 }),
  ru("shouting", { title: "Капсом", series: "АГЕНТЫ", seriesPart: 3 }),
  ru("symbols", { title: "Без букв", series: "!!!", seriesPart: 1 }),
  // Another language's series of the same name numbers its parts on its own.
  en("first-part", { title: "First", series: "Агенты", seriesPart: 1 }),
  [sampleHero, projectFile(sampleHero)],
]);

const expected = [
  'content/ru/blog/no-number.md: seriesPart: expected this article\'s part number in the series "Агенты", a whole number such as 1, found nothing (the field is missing)',
  'content/ru/blog/no-series.md: series: expected the name of the series whose part 2 this is, such as series: "Локальные модели", found nothing (the field is missing)',
  'content/ru/blog/same-part.md: seriesPart: expected a part number no other part of the series "Агенты" has, found number 1, which content/ru/blog/first-part.md has too',
  'content/ru/blog/shouting.md: series: expected a series name with a URL of its own, or exactly "Агенты", found "АГЕНТЫ", whose URL /ru/series/agenty/ is already that of "Агенты" in content/ru/blog/first-part.md',
  'content/ru/blog/symbols.md: series: expected a series name with letters or digits for its URL, found "!!!"',
  'content/ru/blog/yes.md: featured: expected true or false, found "yes"',
  "6 problems in 6 files; nothing was published",
];

const errors = suite<{ result: BuildResult }>("featured and series errors");

errors.before((context) => {
  context.result = build({ files: broken });
});
errors.after((context) => removeSite(context.result));

errors("each wrong field is one line naming the file(s), all in one run, and the build fails", ({ result }) => {
  assert.is.not(result.status, 0);
  const lines = (result.stdout + result.stderr).split("\n").filter((line) => line.trim() !== "");
  assert.equal(lines, expected);
});

errors.run();
