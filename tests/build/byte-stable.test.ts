// Byte-stable output: two production builds of the same content publish the same bytes, wherever and however they run,
// and a one-article body edit changes only the files that carry that body, so a CDN deploy uploads only those.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { changedFiles, siteFiles, touchedFiles, type ChangedFiles, type SiteFiles } from "../../scripts/bench/changed-files.ts";
import { article, buildSite, fixturesDir, projectRoot } from "../helpers/site.ts";
import { layOutSite } from "../helpers/site-folder.ts";

const image = (name: string): Buffer => readFileSync(path.join(fixturesDir, "images/content/images/fixture", name));
const body = (topic: string): string =>
  `Первый абзац о ${topic}.\n\n## Что изменилось\n\nВторой абзац: ${topic} и сборка.\n\n![Голубой прямоугольник](/images/fixture/photo.jpg)\n\n## Что дальше\n\nТретий абзац.`;

/**
 * Five Russian articles and three English ones, three to a list page and three in each feed: two home pages per
 * language, an article old enough to be out of the feeds. Two Russian articles share a day, one titled in Latin
 * letters, one in Cyrillic: how they are ordered is what a locale changes. Heroes in WebP and JPEG, a PNG with
 * transparency, a body image, a translation and an untranslated article.
 */
function sources(): Record<string, string | Buffer> {
  const site = readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8")
    .replace("articlesPerPage: 10", "articlesPerPage: 3")
    .replace("feedSize: 20", "feedSize: 3");
  const ru = (slug: string, fields: Record<string, unknown>): [string, string] => [
    `content/ru/blog/${slug}.md`,
    article({ heroImage: "/images/fixture/hero.webp", ...fields }, body(slug)),
  ];
  return Object.fromEntries([
    ["_data/site.ts", site],
    ["content/images/fixture/hero.webp", image("hero.webp")],
    ["content/images/fixture/photo.jpg", image("photo.jpg")],
    ["content/images/fixture/logo.png", image("logo.png")],
    ["content/images/social/default.jpg", readFileSync(path.join(projectRoot, "content/images/social/default.jpg"))],
    ru("oldest", { title: "Самая старая статья", pubDate: "2025-11-03", tags: ["Архив"] }),
    ru("older", { title: "Статья постарше", pubDate: "2025-12-10", heroImage: "/images/fixture/photo.jpg" }),
    ru("latin-title", { title: "OpenAI выпускает модель", pubDate: "2026-01-15", tags: ["OpenAI"] }),
    ru("cyrillic-title", { title: "Модель для кода", pubDate: "2026-01-15", category: "Разработка", author: "Анна Смирнова" }),
    ru("newest", { title: "Самая новая статья", pubDate: "2026-02-20", heroImage: "/images/fixture/logo.png", tags: ["LLM"] }),
    [
      "content/en/blog/newest.md",
      article(
        {
          title: "The newest article",
          description: "Its English version.",
          pubDate: "2026-02-20",
          category: "AI News",
          heroImage: "/images/fixture/logo.png",
        },
        "First paragraph.\n\n## Section\n\nSecond paragraph.",
      ),
    ],
    ...["one", "two", "three"].map((slug, index): [string, string] => [
      `content/en/blog/english-${slug}.md`,
      article(
        {
          title: `English article ${slug}`,
          description: "An article.",
          pubDate: `2026-01-0${index + 1}`,
          category: "Research",
          tags: ["Agents"],
          heroImage: "/images/fixture/photo.jpg",
        },
        `The ${slug} article's text.\n\n## Section\n\nMore text.`,
      ),
    ]),
  ]);
}

/**
 * A site folder of its own under `parent`, with the sources above written in the given order (Eleventy dates a page
 * without a date by its file's creation time), and its own image cache, cold until built.
 */
function layOut(parent: string, order: "as listed" | "reversed"): string {
  const root = mkdtempSync(path.join(parent, "site-byte-stable-"));
  layOutSite(root);
  const files = Object.entries(sources());
  for (const [file, contents] of order === "reversed" ? files.reverse() : files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return root;
}

// Two machines as unlike as a test can make them: the locale and zone of each, and for the second a folder on tmpfs,
// which lists files in the order they were written (ext4 in a hash order of their names), where one exists.
const thisMachine = { LANG: "C.UTF-8", LC_ALL: "C.UTF-8", TZ: "UTC" };
const anotherMachine = { LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8", TZ: "America/Los_Angeles" };
const anotherDisk = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

function productionBuild(root: string, machine: Record<string, string>): SiteFiles {
  const result = buildSite(root, { ...machine, SITE_URL: "https://news.test", IMAGE_CACHE_DIR: path.join(root, ".cache/images") });
  // uvu does not show a failure inside a before hook: the build's own lines, then.
  if (result.status !== 0) console.error(result.stderr);
  assert.is(result.status, 0, result.stderr);
  return siteFiles(result.output);
}

const none: ChangedFiles = { changed: [], added: [], removed: [] };

const stable = suite<{ roots: string[]; first: SiteFiles; warm: SiteFiles; latest: SiteFiles }>("byte-stable output");

stable.before((context) => {
  const root = layOut(tmpdir(), "as listed");
  context.roots = [root];
  context.first = productionBuild(root, thisMachine);
  // Again in the same folder: the images from the cache, hard-linked, instead of encoded.
  context.warm = productionBuild(root, thisMachine);
  context.latest = context.warm;
});
stable.after((context) => {
  for (const root of context.roots) rmSync(root, { recursive: true, force: true });
});

stable("the site built is the whole site: pages, lists' second pages, feeds, images, the search index", ({ first }) => {
  for (const file of [
    "ru/index.html",
    "ru/page/2/index.html",
    "en/page/2/index.html",
    "ru/blog/oldest/index.html",
    "ru/feed.xml",
    "ru/rss.xml",
    "en/feed.json",
    "sitemap.xml",
    "pagefind/pagefind-entry.json",
  ])
    assert.ok(first.has(file), file);
  const kinds = (pattern: RegExp): number => [...first.keys()].filter((file) => pattern.test(file)).length;
  assert.ok(
    kinds(/^images\/.+\.avif$/) > 0 && kinds(/^images\/social\/\d+\.jpg$/) === 3 && first.has("images/social/default.jpg"),
    "encoded images, a social card per hero (three, shared by translations) and the site's default card",
  );
  assert.ok(kinds(/^pagefind\/fragment\/ru_/) === 5 && kinds(/^pagefind\/fragment\/en_/) === 4, "a search fragment per article");
});

stable("a second build in the same folder, images from the cache, publishes the same bytes", ({ first, warm }) => {
  assert.equal(changedFiles(first, warm), none);
});

stable(
  "a build on another machine (folder, file system, file times, locale, time zone, cold cache) publishes the same bytes",
  ({ roots, first }) => {
    const elsewhere = layOut(anotherDisk, "reversed");
    roots.push(elsewhere);
    assert.equal(changedFiles(first, productionBuild(elsewhere, anotherMachine)), none);
  },
);

/** The URL a Pagefind fragment is of: fragments are gzipped JSON after a signature, named by a hash of their content. */
function fragmentUrl(site: string, file: string): string {
  const text = gunzipSync(readFileSync(path.join(site, file))).toString("utf8");
  return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
}

const searchFiles = (files: SiteFiles, pattern: RegExp): string[] => [...files.keys()].filter((file) => pattern.test(file)).sort();

/**
 * What a body edit of one Russian article must change, and nothing more: its page; its language's two feeds if it is
 * among their newest (they carry bodies in full); and in the search index, the page's fragment (its text, named by a
 * hash of it, so a new name), the language's metadata file (it lists each page's fragment name and word count, so a
 * new name), the entry file (it names each language's metadata file), and the language's word chunks whose words or
 * positions in the page changed: a site this small has one word chunk per language, so the Russian one. Lists,
 * the sitemap, the other language, filters (front matter only), words.json (front matter only) and images stay.
 */
function expectedChanges(
  slug: string,
  inFeeds: boolean,
  before: SiteFiles,
  after: SiteFiles,
  site: string,
  previousSite: Map<string, string>,
): ChangedFiles {
  const url = `/ru/blog/${slug}/`;
  // Read by their own content: a fragment's name is a hash, so which one is the page's is what it says inside.
  const fragmentOf = (files: SiteFiles, read: (file: string) => string): string[] =>
    searchFiles(files, /^pagefind\/fragment\/ru_/).filter((file) => read(file) === url);
  const ruSearch = (files: SiteFiles): string[] => searchFiles(files, /^pagefind\/(index\/ru_.+\.pf_index|pagefind\.ru_.+\.pf_meta)$/);
  assert.is(searchFiles(before, /^pagefind\/index\/ru_/).length, 1, "one Russian word chunk, as the expectation reasons");
  return {
    changed: [
      `ru/blog/${slug}/index.html`,
      "pagefind/pagefind-entry.json",
      ...(inFeeds ? ["ru/feed.json", "ru/feed.xml", "ru/rss.xml"] : []),
    ].sort(),
    removed: [...fragmentOf(before, (file) => previousSite.get(file) ?? ""), ...ruSearch(before)].sort(),
    added: [...fragmentOf(after, (file) => fragmentUrl(site, file)), ...ruSearch(after)].sort(),
  };
}

for (const [slug, inFeeds] of [
  ["oldest", false],
  ["newest", true],
] as const) {
  stable(`editing the body of ${inFeeds ? "the newest" : "an article older than the feeds carry"} changes only its files`, (context) => {
    const [root = ""] = context.roots;
    const site = path.join(root, "_site");
    const before = context.latest;
    // Fragments of the site before the edit, read now: the next build replaces the folder.
    const previous = new Map(searchFiles(before, /^pagefind\/fragment\//).map((file) => [file, fragmentUrl(site, file)]));
    const file = path.join(root, `content/ru/blog/${slug}.md`);
    const source = readFileSync(file, "utf8");
    const edited = source.replace("Второй абзац:", "Второй абзац, переписанный редактором:");
    const frontMatter = (text: string): string => text.split("---\n").slice(0, 2).join("---\n");
    assert.ok(edited !== source && frontMatter(edited) === frontMatter(source), "the body alone is edited");
    writeFileSync(file, edited);
    context.latest = productionBuild(root, thisMachine);
    const changes = changedFiles(before, context.latest);
    assert.equal(changes, expectedChanges(slug, inFeeds, before, context.latest, site, previous), touchedFiles(changes).join("\n"));
  });
}

stable.run();
