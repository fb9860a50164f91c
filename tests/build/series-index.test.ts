// Each language's index of series, /<lang>/series/: every series with its number of parts and newest part's day, the
// most recently continued first; written even for a language with no series, in the sitemap, linked from each series.
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
const hero: [string, Buffer] = [sampleHero, projectFile(sampleHero)];

/** The index's rows: the series' name, its link, its number of parts and its newest part's day. */
function rows(doc: HTMLElement): Array<{ name: string; href: string | undefined; parts: number; day: string | undefined; shown: string }> {
  return doc.querySelectorAll("main li").map((row) => {
    const time = row.querySelector("time");
    return {
      name: row.querySelector("a")?.text.trim() ?? "",
      href: row.querySelector("a")?.getAttribute("href"),
      parts: Number(/\d+/.exec(row.querySelector(".list-count")?.text ?? "")?.[0]),
      day: time?.getAttribute("datetime"),
      shown: time?.text.trim() ?? "",
    };
  });
}

const hrefs = (elements: HTMLElement[]): Array<string | undefined> => elements.map((element) => element.getAttribute("href"));
const hreflangs = (doc: HTMLElement): Record<string, string | undefined> =>
  Object.fromEntries(
    doc.querySelectorAll('head link[rel="alternate"][hreflang]').map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
  );
const sitemapEntry = (result: BuildResult, sitePath: string): string => {
  const sitemap = readFileSync(path.join(result.output, "sitemap.xml"), "utf8");
  const escaped = sitePath.replaceAll("/", "\\/");
  return new RegExp(`<url>\\s*<loc>[^<]*${escaped}</loc>[\\s\\S]*?</url>`).exec(sitemap)?.[0] ?? "";
};

const site = Object.fromEntries([
  // «Агенты» has its newest part in the middle (part 2): the newest part counts, not the last one.
  ru("agenty-1", { title: "Агенты, часть 1", pubDate: "2026-02-01", series: "Агенты", seriesPart: 1 }),
  ru("agenty-2", { title: "Агенты, часть 2", pubDate: "2026-03-01", series: "Агенты", seriesPart: 2 }),
  ru("agenty-3", { title: "Агенты, часть 3", pubDate: "2026-02-15", series: "Агенты", seriesPart: 3 }),
  // Both continued on 20 February: by URL (/ru/series/eksperimenty/ before /ru/series/lokalnye-modeli/), not by name.
  ru("lokalnye-1", { title: "Локальные, часть 1", pubDate: "2026-02-10", series: "Локальные модели", seriesPart: 1 }),
  ru("lokalnye-2", { title: "Локальные, часть 2", pubDate: "2026-02-20", series: "Локальные модели", seriesPart: 2 }),
  ru("eksperimenty-1", { title: "Эксперименты, часть 1", pubDate: "2026-02-20", series: "Эксперименты", seriesPart: 1 }),
  ru("plain", { title: "Статья вне серий", pubDate: "2026-03-05" }),
  en("local-1", { title: "Local, part 1", pubDate: "2026-02-12", series: "Local models", seriesPart: 1 }),
  en("local-2", { title: "Local, part 2", pubDate: "2026-02-22", series: "Local models", seriesPart: 2 }),
  en("agents-1", { title: "Agents, part 1", pubDate: "2026-01-05", series: "Agents", seriesPart: 1 }),
  hero,
]);

const index = suite<{ result: BuildResult }>("series index");

index.before((context) => {
  context.result = build({ files: site });
});
index.after((context) => removeSite(context.result));

index("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stdout + result.stderr);
});

index("/ru/series/ lists every Russian series, the most recently continued first, ties by URL", ({ result }) => {
  assert.equal(
    rows(page(result, "/ru/series/")).map((row) => [row.name, row.href, row.parts, row.day]),
    [
      ["Агенты", "/ru/series/agenty/", 3, "2026-03-01"],
      ["Эксперименты", "/ru/series/eksperimenty/", 1, "2026-02-20"],
      ["Локальные модели", "/ru/series/lokalnye-modeli/", 2, "2026-02-20"],
    ],
  );
});

index("/en/series/ lists the English series only, with their parts and newest day", ({ result }) => {
  assert.equal(
    rows(page(result, "/en/series/")).map((row) => [row.name, row.href, row.parts, row.day]),
    [
      ["Local models", "/en/series/local-models/", 2, "2026-02-22"],
      ["Agents", "/en/series/agents/", 1, "2026-01-05"],
    ],
  );
});

index("the newest part's day is shown as the reader's language writes it", ({ result }) => {
  assert.match(rows(page(result, "/ru/series/"))[0]?.shown ?? "", "1 марта 2026");
  assert.match(rows(page(result, "/en/series/"))[0]?.shown ?? "", "February 22, 2026");
});

index("every row links to a series page that was written, under that series' name", ({ result }) => {
  for (const url of ["/ru/series/", "/en/series/"]) {
    for (const row of rows(page(result, url))) {
      assert.ok(row.href && hasFile(result, `${row.href}index.html`), `${url} links to ${row.href}, which was not written`);
      assert.match(page(result, row.href ?? "").querySelector("h1")?.text ?? "", row.name);
    }
  }
});

index("each series page links back to its language's index", ({ result }) => {
  const russian = page(result, "/ru/series/agenty/").querySelectorAll('main a[href="/ru/series/"]');
  assert.is(russian.length, 1);
  const english = page(result, "/en/series/agents/").querySelectorAll('main a[href="/en/series/"]');
  assert.equal(
    english.map((link) => link.text.trim()),
    ["All series"],
  );
  assert.is.not(russian[0]?.text.trim(), "All series", "the Russian page speaks Russian");
});

index("the indexes are each other's hreflang alternates and switcher targets", ({ result }) => {
  const russian = page(result, "/ru/series/");
  assert.match(hreflangs(russian).en ?? "", /\/en\/series\/$/);
  assert.match(hreflangs(page(result, "/en/series/")).ru ?? "", /\/ru\/series\/$/);
  assert.ok(hrefs(russian.querySelectorAll(".language-switcher a")).includes("/en/series/"));
});

index("the sitemap lists both indexes as translations of each other", ({ result }) => {
  const entry = sitemapEntry(result, "/ru/series/");
  assert.ok(entry, "no sitemap entry for /ru/series/");
  assert.match(entry, /hreflang="en" href="[^"]*\/en\/series\/"/);
  assert.ok(sitemapEntry(result, "/en/series/"), "no sitemap entry for /en/series/");
});

index.run();

// Russian has articles but no series; English has one series.
const noRussianSeries = Object.fromEntries([
  ru("plain", { title: "Статья вне серий", pubDate: "2026-03-05" }),
  en("local-1", { title: "Local, part 1", pubDate: "2026-02-12", series: "Local models", seriesPart: 1 }),
  hero,
]);

const empty = suite<{ result: BuildResult }>("series index of a language without series");

empty.before((context) => {
  context.result = build({ files: noRussianSeries });
});
empty.after((context) => removeSite(context.result));

empty("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stdout + result.stderr);
});

empty("/ru/series/ is written with a message instead of a list", ({ result }) => {
  const doc = page(result, "/ru/series/");
  assert.equal(rows(doc), []);
  const message = doc.querySelector("main p")?.text.trim() ?? "";
  assert.ok(message.length > 0, "no message on the empty index");
  assert.match(message, /[а-яё]/i, "the message is in Russian");
});

empty("the English index's switcher and hreflang lead to the Russian index, not to a 404", ({ result }) => {
  const doc = page(result, "/en/series/");
  assert.ok(hrefs(doc.querySelectorAll(".language-switcher a")).includes("/ru/series/"));
  assert.match(hreflangs(doc).ru ?? "", /\/ru\/series\/$/);
  assert.ok(sitemapEntry(result, "/ru/series/"), "no sitemap entry for the empty index");
});

empty("a series with no Russian version switches to the Russian index", ({ result }) => {
  const switcher = hrefs(page(result, "/en/series/local-models/").querySelectorAll(".language-switcher a"));
  assert.ok(switcher.includes("/ru/series/"), String(switcher));
});

empty.run();
