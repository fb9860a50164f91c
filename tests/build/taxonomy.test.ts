// Category, tag, author and year lists in both languages: URLs, counts, pages, the article's neighbours and related reading.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { HTMLElement } from "node-html-parser";
import { article, build, hasFile, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

interface Note {
  slug: string;
  pubDate: string;
  category: string;
  tags: string[];
  author: string;
}

// 23 Russian notes, one a day from 29 December 2025 (note-01) to 20 January 2026 (note-23).
const pubDate = (n: number): string => (n <= 3 ? `2025-12-${28 + n}` : `2026-01-${String(n - 3).padStart(2, "0")}`);
const notes: Note[] = Array.from({ length: 23 }, (_, index) => {
  const n = index + 1;
  return {
    slug: `note-${String(n).padStart(2, "0")}`,
    pubDate: pubDate(n),
    category: "Новости ИИ",
    tags: n <= 12 ? ["AI для кодинга", "LLM"] : ["LLM"],
    author: "Редакция",
  };
});
const override = (slug: string, fields: Partial<Note>): void => {
  Object.assign(notes.find((note) => note.slug === slug) ?? {}, fields);
};
// note-22 is the subject of the related-articles test: 08 shares both tags (4 points), 14 a tag and the category (3),
// 17 and 10 one tag each (2), and 17 is nearer in date.
override("note-22", { category: "Разработка", tags: ["Rust", "WebAssembly"], author: "Анна Смирнова" });
override("note-08", { tags: ["Rust", "WebAssembly", "AI для кодинга"] });
override("note-14", { category: "Разработка", tags: ["Rust"] });
override("note-17", { tags: ["WebAssembly"] });
override("note-10", { tags: ["Rust", "AI для кодинга"] });
override("note-23", { category: "Регулирование", tags: ["ЕС"] });

const english: Array<Note> = [
  { slug: "note-01", pubDate: pubDate(1), category: "AI News", tags: ["AI for coding"], author: "Editorial team" },
  { slug: "note-22", pubDate: pubDate(22), category: "Development", tags: ["Rust", "WebAssembly"], author: "Anna Smirnova" },
  { slug: "note-23", pubDate: pubDate(23), category: "Regulation", tags: ["EU"], author: "Editorial team" },
];

const files: Record<string, string | Buffer> = {
  [sampleHero]: projectFile(sampleHero),
};
for (const note of notes) files[`content/ru/blog/${note.slug}.md`] = article({ ...note, slug: undefined, title: `Заметка ${note.slug}` });
for (const note of english) files[`content/en/blog/${note.slug}.md`] = article({ ...note, slug: undefined, title: `Note ${note.slug}` });

const lists = suite<{ result: BuildResult }>("lists");

lists.before((context) => {
  context.result = build({ files });
});
lists.after((context) => removeSite(context.result));

const hrefs = (html: HTMLElement, selector: string): string[] =>
  html.querySelectorAll(selector).map((link) => link.getAttribute("href") ?? "");
const switcherTarget = (html: HTMLElement, lang: string): string | undefined =>
  html.querySelector(`.language-switcher a[hreflang="${lang}"]`)?.getAttribute("href");
/** "Новости ИИ (20)" lines of an index page, as a name → count record. */
const indexCounts = (html: HTMLElement): Record<string, number> =>
  Object.fromEntries(
    html.querySelectorAll("main li").map((item) => [item.querySelector("a")?.text ?? "", Number(/\((\d+)\)/.exec(item.text)?.[1])]),
  );

lists("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

lists("list URLs are readable Latin transliterations of the names", ({ result }) => {
  for (const url of [
    "/ru/categories/novosti-ii/",
    "/ru/categories/razrabotka/",
    "/ru/tags/ai-dlya-kodinga/",
    "/ru/authors/redaktsiya/",
    "/ru/authors/anna-smirnova/",
    "/ru/archive/2025/",
    "/en/categories/ai-news/",
    "/en/tags/ai-for-coding/",
    "/en/authors/editorial-team/",
  ]) {
    assert.ok(hasFile(result, `${url}index.html`), url);
  }
  assert.is(page(result, "/ru/tags/ai-dlya-kodinga/").querySelector("h1")?.text, "Тег «AI для кодинга»");
});

lists("index pages list every category, tag, author and year with its number of articles", ({ result }) => {
  assert.equal(indexCounts(page(result, "/ru/categories/")), {
    "Новости ИИ": 20,
    Разработка: 2,
    Инструменты: 0,
    Исследования: 0,
    Регулирование: 1,
  });
  assert.equal(indexCounts(page(result, "/ru/tags/")), { "AI для кодинга": 12, LLM: 17, Rust: 4, WebAssembly: 3, ЕС: 1 });
  assert.equal(indexCounts(page(result, "/ru/authors/")), { "Анна Смирнова": 1, Редакция: 22 });
  assert.equal(indexCounts(page(result, "/ru/archive/")), { "2026": 20, "2025": 3 });
  assert.equal(indexCounts(page(result, "/en/categories/")), { "AI News": 1, Development: 1, Tools: 0, Research: 0, Regulation: 1 });
});

lists("long lists have numbered pages of ten, newest first", ({ result }) => {
  const home = page(result, "/ru/");
  assert.equal(hrefs(home, ".pagination a:not([rel])"), ["/ru/", "/ru/page/2/", "/ru/page/3/"]);
  assert.is(home.querySelector(".pagination [aria-current]")?.text, "1");
  assert.is(page(result, "/ru/page/3/").querySelectorAll(".card").length, 3);
  const category = page(result, "/ru/categories/novosti-ii/");
  assert.equal(hrefs(category, ".pagination a:not([rel])"), ["/ru/categories/novosti-ii/", "/ru/categories/novosti-ii/page/2/"]);
  assert.equal(hrefs(category, ".card h2 a").slice(0, 3), ["/ru/blog/note-21/", "/ru/blog/note-20/", "/ru/blog/note-19/"]);
  assert.is(page(result, "/ru/categories/novosti-ii/page/2/").querySelectorAll(".card").length, 10);
  assert.is(page(result, "/ru/tags/ai-dlya-kodinga/page/2/").querySelectorAll(".card").length, 2);
  assert.is(page(result, "/ru/archive/2026/page/2/").querySelectorAll(".card").length, 10);
  assert.is(page(result, "/ru/authors/redaktsiya/page/3/").querySelectorAll(".card").length, 2);
});

lists("under an article: the previous and next article of its language, by date", ({ result }) => {
  const middle = page(result, "/ru/blog/note-22/");
  assert.equal(hrefs(middle, ".neighbour-previous a"), ["/ru/blog/note-21/"]);
  assert.equal(hrefs(middle, ".neighbour-next a"), ["/ru/blog/note-23/"]);
  assert.equal(hrefs(page(result, "/ru/blog/note-23/"), ".article-neighbours a"), ["/ru/blog/note-22/"]);
  assert.equal(hrefs(page(result, "/ru/blog/note-01/"), ".article-neighbours a"), ["/ru/blog/note-02/"]);
  const translated = page(result, "/en/blog/note-22/");
  assert.equal(hrefs(translated, ".neighbour-previous a"), ["/en/blog/note-01/"]);
  assert.equal(hrefs(translated, ".neighbour-next a"), ["/en/blog/note-23/"]);
});

lists("under an article: up to three related articles, most shared first", ({ result }) => {
  assert.equal(hrefs(page(result, "/ru/blog/note-22/"), ".related-articles a"), [
    "/ru/blog/note-08/",
    "/ru/blog/note-14/",
    "/ru/blog/note-17/",
  ]);
  assert.is(page(result, "/ru/blog/note-23/").querySelector(".related-articles"), null);
});

lists("category, tags and author of an article link to their lists, as does the category on cards", ({ result }) => {
  const subject = page(result, "/ru/blog/note-22/");
  assert.equal(hrefs(subject, ".article-meta a"), ["/ru/categories/razrabotka/", "/ru/authors/anna-smirnova/"]);
  assert.equal(hrefs(subject, ".tag-list a"), ["/ru/tags/rust/", "/ru/tags/webassembly/"]);
  assert.equal(hrefs(page(result, "/en/"), ".card-meta a")[0], "/en/categories/regulation/");
});

lists("the switcher on a category leads to the same category in the other language", ({ result }) => {
  assert.is(switcherTarget(page(result, "/ru/categories/razrabotka/"), "en"), "/en/categories/development/");
  assert.is(switcherTarget(page(result, "/ru/categories/novosti-ii/page/2/"), "en"), "/en/categories/ai-news/");
  assert.is(switcherTarget(page(result, "/en/categories/tools/"), "ru"), "/ru/categories/instrumenty/");
});

lists("the switcher on a tag or author leads to the same list in the other language where it exists", ({ result }) => {
  assert.is(switcherTarget(page(result, "/ru/tags/rust/"), "en"), "/en/tags/rust/");
  assert.is(switcherTarget(page(result, "/en/authors/anna-smirnova/"), "ru"), "/ru/authors/anna-smirnova/");
  assert.is(switcherTarget(page(result, "/en/categories/"), "ru"), "/ru/categories/");
  assert.is(switcherTarget(page(result, "/en/archive/2025/"), "ru"), "/ru/archive/2025/");
});

lists("search engines see a category's or a tag's translation as its alternate, every list page in the sitemap", ({ result }) => {
  const alternates = (url: string): string[][] =>
    page(result, url)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute("hreflang") ?? "", new URL(link.getAttribute("href") ?? "").pathname]);
  assert.equal(alternates("/en/categories/development/"), [
    ["ru", "/ru/categories/razrabotka/"],
    ["en", "/en/categories/development/"],
    ["x-default", "/ru/categories/razrabotka/"],
  ]);
  assert.equal(alternates("/en/tags/rust/"), [
    ["ru", "/ru/tags/rust/"],
    ["en", "/en/tags/rust/"],
    ["x-default", "/ru/tags/rust/"],
  ]);
  const sitemap = readFileSync(path.join(result.output, "sitemap.xml"), "utf8");
  for (const url of ["/ru/categories/novosti-ii/page/2/", "/en/tags/", "/ru/archive/2025/", "/ru/authors/redaktsiya/page/3/"]) {
    assert.match(sitemap, `${url}</loc>`, url);
  }
});

lists("every list page and article of both languages is reachable from the homes by links alone", ({ result }) => {
  const reached = new Set<string>();
  const queue = ["/ru/", "/en/"];
  while (queue.length > 0) {
    const url = queue.shift() ?? "";
    if (reached.has(url) || !hasFile(result, `${url}index.html`)) continue;
    reached.add(url);
    for (const href of hrefs(page(result, url), "a[href]")) {
      const target = href.split("#")[0] ?? "";
      if (target.startsWith("/") && target.endsWith("/") && !reached.has(target)) queue.push(target);
    }
  }
  const listOrArticle = /^\/[^/]+\/(?:$|page\/|blog\/|categories\/|tags\/|authors\/|archive\/)/;
  const built = builtPages(result.output).filter((url) => listOrArticle.test(url));
  assert.ok(built.length > 60, `only ${built.length} pages`);
  assert.equal(
    built.filter((url) => !reached.has(url)),
    [],
  );
});

/** Site paths of every index.html in the output: /ru/, /ru/tags/llm/page/2/, … */
function builtPages(output: string): string[] {
  return (readdirSync(output, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "index.html")
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}/`.replace(/^\/\.\/$/, "/"));
}

lists.run();
