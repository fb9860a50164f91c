// npm run bench:search: index time and size for the sample site and a 10,000-page synthetic site, and the bytes a
// first query fetches in Chromium. Figures go to the terminal; nothing here is asserted.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { closeSearchService, writeSearchIndex, type IndexSource } from "../src/search/pagefind-index.ts";
import { isChromiumInstalled, launchBrowser, serveSite } from "../tests/helpers/browser.ts";
import { syntheticArticles } from "./bench/article-pages.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pageCount = Number(process.env.BENCH_PAGES ?? 10_000);
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
  ["images", /\.(png|webp|jpe?g|svg)$/],
];

/** The bytes Chromium fetches to open the search page with ?q= and show the first results, by kind of file. */
async function firstQuery(site: string, url: string): Promise<string> {
  if (!isChromiumInstalled()) return "skipped: Chromium not found";
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const fetched = new Map<string, { raw: number; gzip: number }>();
  const context = await browser.browser.newContext();
  context.on("response", async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const file = new URL(response.url()).pathname;
    const kind = fileKinds.find(([, pattern]) => pattern.test(file))?.[0] ?? file;
    const total = fetched.get(kind) ?? { raw: 0, gzip: 0 };
    // Pagefind's own files are gzipped already; the page and scripts are counted as a gzipping host would send them.
    const gzip = /\.(html|js)$|\/$/.test(file) ? gzipSync(body).length : body.length;
    fetched.set(kind, { raw: total.raw + body.length, gzip: total.gzip + gzip });
  });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(`${server.url}${url}`);
  await page.waitForSelector(".search-result");
  const seconds = (performance.now() - start) / 1000;
  await page.waitForLoadState("networkidle");
  await browser.close();
  await server.close();
  const rows = [...fetched].map(([kind, { raw, gzip }]) => `    ${kind}: ${kb(raw)}${gzip !== raw ? ` (${kb(gzip)} gzipped)` : ""}`);
  const all = [...fetched]
    .filter(([kind]) => kind !== "images")
    .reduce((sum, [, { raw, gzip }]) => ({ raw: sum.raw + raw, gzip: sum.gzip + gzip }), { raw: 0, gzip: 0 });
  return [
    `${kb(all.raw)} without images (${kb(all.gzip)} if the host gzips the page and scripts), results in ${seconds.toFixed(2)} s`,
    ...rows,
  ].join("\n");
}

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

// The synthetic site: pages are generated as files (no Eleventy build), then indexed both ways the Node API offers.
const site = mkdtempSync(path.join(tmpdir(), "bench-search-"));
const articles = syntheticArticles(pageCount);
for (const article of articles) {
  mkdirSync(path.join(site, article.url), { recursive: true });
  writeFileSync(path.join(site, article.url, "index.html"), article.html);
}
const htmlBytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.html), 0);
console.log(`\nSynthetic site: ${articles.length} pages (${articles.filter((a) => a.lang === "ru").length} ru), ${mb(htmlBytes)} of HTML`);
const ways: Array<[string, () => IndexSource | Promise<IndexSource>]> = [
  ["folder read by Pagefind, addDirectory (what builds and the dev server use)", () => ({ directory: site })],
  ["pages sent from memory, addHTMLFile all at once", () => ({ pages: articles.map((a) => ({ url: a.url, content: a.html })) })],
];
for (const [way, source] of ways) {
  const summary = await writeSearchIndex(await source(), site);
  const { adding, writing } = summary.seconds;
  console.log(`  ${way}: ${summary.pageCount} pages, adding ${adding.toFixed(2)} s + writing ${writing.toFixed(2)} s`);
}
closeSearchService();
console.log(`  index: ${indexSize(site)}`);

// The real search page and script of the sample build, over the synthetic index.
for (const file of ["ru/search/index.html", "en/search/index.html", "assets/search.js", "favicon.svg"]) {
  cpSync(path.join(sample, file), path.join(site, file), { recursive: true });
}
cpSync(path.join(root, "tests/fixtures/search/content/images/search/hero.png"), path.join(site, "images/bench-hero.png"));
console.log(`  first query /ru/search/?q=модели: ${await firstQuery(site, "/ru/search/?q=модели")}`);
console.log(`  first query /en/search/?q=model: ${await firstQuery(site, "/en/search/?q=model")}`);
rmSync(site, { recursive: true, force: true });
