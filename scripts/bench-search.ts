// npm run bench:search: index time and size for the sample site and synthetic sites of 10,000 and 50,000 pages, and
// what a first query fetches in Chromium and when. Figures go to the terminal; nothing here is asserted.
// Flags: --pages 10000,50000 (the sizes), --sources (also index the first size from memory, to compare the two ways).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { closeSearchService, writeSearchIndex, type IndexSource } from "../src/search/pagefind-index.ts";
import { isChromiumInstalled, launchBrowser, serveSite } from "../tests/helpers/browser.ts";
import { settled } from "../tests/helpers/search-page.ts";
import { articleVocabulary, vocabularyFolder } from "../src/search/shared/vocabulary.ts";
import { vocabularyFiles } from "../src/search/vocabulary-files.ts";
import { syntheticArticles } from "./bench/article-pages.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : (process.argv[at + 1] ?? "");
};
const pageCounts = (flag("pages") ?? process.env.BENCH_PAGES ?? "10000,50000").split(",").map(Number);
const compareSources = process.argv.includes("--sources");
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function folderBytes(folder: string, filter: (file: string) => boolean = () => true): number {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(folder, file))
    .filter((file) => statSync(file).isFile() && filter(file))
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

function indexSize(site: string): string {
  const bundle = path.join(site, "pagefind");
  const data = folderBytes(bundle, (file) => /\.pf_(index|fragment|filter|meta)$/.test(file));
  return `${mb(folderBytes(bundle))} in all, of which index data ${mb(data)}`;
}

const fileKinds: Array<[string, RegExp]> = [
  ["search page", /\/$/],
  ["search.js (ours)", /\/assets\/search\.js$/],
  ["pagefind.js and worker", /\/pagefind\/pagefind(-worker)?\.js$/],
  ["wasm", /\/wasm\.\w+\.pagefind$/],
  ["entry and metadata", /pagefind-entry\.json$|\.pf_meta$/],
  ["index chunks", /\.pf_index$/],
  ["filter chunks", /\.pf_filter$/],
  ["result fragments", /\.pf_fragment$/],
  ["word list (typo corrections)", /\/words\.json$|\/words\/[^/]+\.json$/],
  ["images", /\.(png|webp|jpe?g|svg)$/],
];

interface Fetched {
  kind: string;
  raw: number;
  gzip: number;
  /** Milliseconds after navigation began: the request sent, and its body received. */
  sent: number;
  done: number;
}

const shownScript = `new MutationObserver((_, observer) => {
  if (document.querySelector(".search-result")) { window.__shownAt = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

/** One cold visit to `url` (fresh context, empty cache): every response, and when the first result appeared. */
async function visit(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<{ fetched: Fetched[]; shownAt: number }> {
  const context = await browser.browser.newContext();
  const fetched: Fetched[] = [];
  const sentAt = new Map<unknown, number>();
  let start = 0;
  context.on("request", (request) => sentAt.set(request, performance.now() - start));
  context.on("requestfinished", async (request) => {
    const done = performance.now() - start;
    const response = await request.response();
    const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
    const file = new URL(request.url()).pathname;
    const kind = fileKinds.find(([, pattern]) => pattern.test(file))?.[0] ?? file;
    // Pagefind's own files are gzipped already; the page, scripts and JSON are counted as a gzipping host would send them.
    const gzip = /\.(html|js|json)$|\/$/.test(file) ? gzipSync(body).length : body.length;
    fetched.push({ kind, raw: body.length, gzip, sent: sentAt.get(request) ?? 0, done });
  });
  // The page notes when its first result is inserted: Playwright polls for a selector and saw it up to 0.5 s late.
  await context.addInitScript({ content: shownScript });
  const page = await context.newPage();
  start = performance.now();
  // Not waiting for the load event: the results may well come before it.
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector(".search-result");
  // In the page's clock, which starts with the navigation, as `start` does here.
  const shownAt = Number(await page.evaluate("window.__shownAt"));
  await page.waitForLoadState("networkidle");
  await context.close();
  return { fetched, shownAt };
}

/** After the first results: how long the counts take to appear once the reader opens a filter, and the next query. */
async function openingFilters(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, nextQuery: string): Promise<string> {
  const { page } = await browser.open(url);
  await settled(page);
  let start = performance.now();
  await page.locator("summary").first().click();
  await page
    .locator(".search-filter-count", { hasText: /\(\d+\)/ })
    .first()
    .waitFor({ timeout: 120_000 });
  const counted = (performance.now() - start) / 1000;
  start = performance.now();
  await page.locator("[data-search-input]").fill(nextQuery);
  await page.keyboard.press("Enter"); // the page marks its results busy at once, as the press returns
  await settled(page, 120_000);
  await page.context().close();
  return `opening a filter: counts after ${counted.toFixed(2)} s; the next query («${nextQuery}») with filters loaded answered in ${((performance.now() - start) / 1000).toFixed(2)} s`;
}

const sum = (rows: Fetched[], key: "raw" | "gzip"): number => rows.reduce((total, row) => total + row[key], 0);

/**
 * The bytes Chromium fetches to open the search page with ?q= and show the first results, by kind of file, and those
 * it fetches after them (until the network is idle); the time to results is the median of three cold visits.
 */
async function firstQuery(site: string, url: string): Promise<string> {
  if (!isChromiumInstalled()) return "skipped: Chromium not found";
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const visits = [];
  for (let run = 0; run < 3; run++) visits.push(await visit(browser, `${server.url}${url}`));
  const filtering = await openingFilters(browser, `${server.url}${url}`, url.startsWith("/ru/") ? "агенты" : "agents");
  await browser.close();
  await server.close();
  // Bytes and timeline of the median visit: the first of three is often the slowest (a cold browser).
  const sorted = [...visits].sort((a, b) => a.shownAt - b.shownAt);
  const first = sorted[1];
  if (!first) throw new Error("no visit");
  const times = sorted.map((v) => v.shownAt);
  const pages = first.fetched.filter((row) => row.kind !== "images");
  const before = pages.filter((row) => row.done <= first.shownAt);
  const after = pages.filter((row) => row.done > first.shownAt);
  const kinds = [...new Set(first.fetched.map((row) => row.kind))];
  const rows = kinds.map((kind) => {
    const of = first.fetched.filter((row) => row.kind === kind);
    const raw = sum(of, "raw");
    const gzip = sum(of, "gzip");
    const late = of.filter((row) => row.done > first.shownAt).length;
    const when = `${Math.round(Math.min(...of.map((row) => row.sent)))}→${Math.round(Math.max(...of.map((row) => row.done)))} ms`;
    return `    ${kind}: ${of.length} file${of.length === 1 ? "" : "s"}, ${kb(raw)}${gzip !== raw ? ` (${kb(gzip)} gzipped)` : ""}, ${when}${late ? `, ${late} after the results` : ""}`;
  });
  return [
    `${kb(sum(before, "raw"))} before the results (${kb(sum(before, "gzip"))} if the host gzips the page, scripts and JSON), ` +
      `results in ${((times[1] ?? 0) / 1000).toFixed(2)} s (median of ${times.map((t) => (t / 1000).toFixed(2)).join(", ")}); ` +
      `${kb(sum(after, "raw"))} more after them; images not counted`,
    `    ${filtering}`,
    ...rows,
  ].join("\n");
}

// Timings on a shared machine mean little without its load.
const load = (): string =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`;
console.log(`Started with ${load()}`);

// The sample site, through the real production build.
const build = await timed(async () =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/eleventy.ts"], {
    cwd: root,
    encoding: "utf8",
  }),
);
if (build.value.status !== 0) throw new Error(`npm run build failed:\n${build.value.stderr}`);
const sample = path.join(root, "_site");
console.log(`Sample site: npm run build ${build.seconds.toFixed(2)} s; ${/\[search\].*/.exec(build.value.stdout)?.[0] ?? "no index line"}`);
console.log(`  index: ${indexSize(sample)}`);
console.log(`  first query /ru/search/?q=модели: ${await firstQuery(sample, "/ru/search/?q=модели")}`);

// Synthetic sites: pages are generated as files (no Eleventy build), indexed as builds do, and searched with the sample
// build's search page and script, and a word list written from the synthetic cards as the build writes its own.
for (const [position, pageCount] of pageCounts.entries()) {
  const site = mkdtempSync(path.join(tmpdir(), "bench-search-"));
  const articles = syntheticArticles(pageCount);
  for (const article of articles) {
    mkdirSync(path.join(site, article.url), { recursive: true });
    writeFileSync(path.join(site, article.url, "index.html"), article.html);
  }
  const htmlBytes = articles.reduce((total, article) => total + Buffer.byteLength(article.html), 0);
  console.log(
    `\nSynthetic site: ${articles.length} pages (${articles.filter((a) => a.lang === "ru").length} ru), ${mb(htmlBytes)} of HTML`,
  );
  const ways: Array<[string, () => IndexSource]> = [
    ["folder read by Pagefind, addDirectory (what builds and the dev server use)", () => ({ directory: site })],
  ];
  if (compareSources && position === 0) {
    ways.push([
      "pages sent from memory, addHTMLFile all at once",
      () => ({ pages: articles.map((a) => ({ url: a.url, content: a.html })) }),
    ]);
  }
  for (const [way, source] of ways) {
    const summary = await writeSearchIndex(source(), site);
    const { adding, writing } = summary.seconds;
    console.log(`  ${way}: ${summary.pageCount} pages, adding ${adding.toFixed(2)} s + writing ${writing.toFixed(2)} s`);
  }
  closeSearchService();
  const bundle = path.join(site, "pagefind");
  const fileCount = readdirSync(bundle, { recursive: true }).filter((file) => statSync(path.join(bundle, String(file))).isFile()).length;
  console.log(`  index: ${indexSize(site)}, ${fileCount} files`);
  for (const file of ["ru/search/index.html", "en/search/index.html", "assets/search.js", "favicon.svg", "_headers"]) {
    cpSync(path.join(sample, file), path.join(site, file), { recursive: true });
  }
  // The word list as the build publishes it, and the copied search pages told its files (they named the sample's).
  const partsOf: Record<string, Record<string, string>> = {};
  mkdirSync(path.join(site, vocabularyFolder), { recursive: true });
  for (const lang of ["ru", "en"] as const) {
    const published = vocabularyFiles(articleVocabulary(articles.filter((a) => a.lang === lang).map((a) => a.card)));
    for (const [name, words] of published.files) writeFileSync(path.join(site, vocabularyFolder, name), JSON.stringify(words));
    partsOf[lang] = published.parts;
  }
  for (const lang of ["ru", "en"]) {
    const file = path.join(site, lang, "search/index.html");
    writeFileSync(file, withVocabulary(readFileSync(file, "utf8"), partsOf));
  }
  cpSync(path.join(root, "tests/fixtures/search/content/images/search/hero.png"), path.join(site, "images/bench-hero.png"));
  console.log(`  first query /ru/search/?q=модели: ${await firstQuery(site, "/ru/search/?q=модели")}`);
  console.log(`  first query /en/search/?q=model: ${await firstQuery(site, "/en/search/?q=model")}`);
  rmSync(site, { recursive: true, force: true });
}
console.log(`\nFinished with ${load()}`);

/** The search page's data-search configuration with each language's word list parts replaced. */
function withVocabulary(html: string, partsOf: Record<string, Record<string, string>>): string {
  return html.replace(/data-search="([^"]*)"/, (_, attribute: string) => {
    const json = attribute
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    const config = JSON.parse(json) as { indexes: Array<{ lang: string; vocabularyParts: Record<string, string> }> };
    for (const index of config.indexes) index.vocabularyParts = partsOf[index.lang] ?? {};
    return `data-search="${JSON.stringify(config).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`;
  });
}
