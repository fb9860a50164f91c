// npm run bench -- --articles N [--images] [--quick] [--json] [--against smaller.json]: builds a synthetic corpus with the real pipeline and compares it to the floor.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./bench/corpus.ts";
import { measure, type Measurement } from "./bench/measure.ts";
import { measureRebuilds, median } from "./bench/rebuild.ts";
import { buildHugo } from "./bench/hugo.ts";
import { writeHeroImages } from "./bench/hero-images.ts";
import { changedFiles, countByKind, siteFiles, touchedFiles } from "./bench/changed-files.ts";
import { eleventyCommand, layOutSite, projectRoot } from "../tests/helpers/site-folder.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    images: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // Skips the dev-server rebuilds and Hugo, so --articles 25000 finishes in minutes.
    quick: { type: "boolean", default: false },
    // A smaller run's --json figures (a file): the per-page cost of this run is printed against it.
    against: { type: "string" },
  },
});
const articlesPerLanguage = Number(values.articles);
if (!Number.isInteger(articlesPerLanguage) || articlesPerLanguage < 1) {
  console.error(`--articles: expected a whole number of articles per language, found "${values.articles}"`);
  process.exit(2);
}
const log = (line: string): void => {
  if (!values.json) console.log(line);
};

const root = mkdtempSync(path.join(tmpdir(), "bench-"));
layOutSite(root);
cpSync(path.join(projectRoot, "content/images"), path.join(root, "content/images"), { recursive: true });
const languages = ["ru", "en"];
const heroImages = values.images
  ? await writeHeroImages(path.join(root, "content/images/bench"), articlesPerLanguage)
  : ["/images/blog/hero-fast-model.webp", "/images/blog/hero-eu-ai-act.jpg", "/images/blog/hero-prompt-templates.png"];
const pages = writeCorpus(root, { articles: articlesPerLanguage, languages, heroImages });
log(`corpus: ${pages} articles (${articlesPerLanguage} per language) in ${root}${values.images ? ", one hero image each" : ""}`);

const eleventy = eleventyCommand();
const tsx = path.join(projectRoot, "node_modules/.bin/tsx");

function ensureSucceeded(step: string, run: Measurement): void {
  if (run.status !== 0) {
    console.error(`${step} failed:\n${run.output.slice(-4000)}`);
    process.exit(1);
  }
}

// The floor first: a bare markdown-it loop over the same files, the fastest of three. It writes as many files as the
// build's article pages, and one run at 2×5,000 took 6.0 s and the next 10.6 s: a single run made the ratio noise.
const floorRuns: Measurement[] = [];
for (let run = 0; run < 3; run++) {
  const floorRun = await measure(
    tsx,
    [path.join(projectRoot, "scripts/bench/floor.ts"), path.join(root, "content"), path.join(root, `floor-out-${run}`)],
    { cwd: root },
  );
  ensureSucceeded("floor", floorRun);
  floorRuns.push(floorRun);
}
const floor = floorRuns.reduce((fastest, run) => (run.seconds < fastest.seconds ? run : fastest));
log(
  `floor (markdown-it loop): ${floor.seconds.toFixed(2)} s, the fastest of ${floorRuns.map((run) => run.seconds.toFixed(2)).join(", ")} s`,
);

// The project's production build: pages, then the search index, both timed from the build's own log lines.
rmSync(path.join(root, "_site"), { recursive: true, force: true });
const project = await measure(eleventy.command, eleventy.args, { cwd: root, env: eleventy.env });
ensureSucceeded("build", project);
const indexSeconds = Number(/\[search\] Indexed .* in ([\d.]+) seconds/.exec(project.output)?.[1] ?? Number.NaN);
const buildSeconds = Number.isNaN(indexSeconds) ? project.seconds : project.seconds - indexSeconds;
// Counted in the output: Eleventy's "Wrote N files" leaves out the list pages, which src/lists/list-writer.ts writes.
const builtPages = readdirSync(path.join(root, "_site"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length;
log(
  `project build: ${project.seconds.toFixed(2)} s in all, pages ${buildSeconds.toFixed(2)} s, search index ${indexSeconds.toFixed(2)} s, peak ${project.peakMiB.toFixed(0)} MiB (${processPeaks(project)})`,
);
const published = siteFiles(path.join(root, "_site"));
const byKind = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
const writtenByKind = countByKind([...published.keys()]);
log(`files written: ${published.size} (${byKind(writtenByKind)})`);

// What a CDN deploy uploads after a correction: the newest Russian article's body edited in the middle (its front
// matter untouched, so lists are not concerned; the feeds carry it), then a second production build.
const edited = newestArticle(path.join(root, "content/ru/blog"));
const original = readFileSync(edited, "utf8");
const [, frontMatter = "", body = ""] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(original) ?? [];
writeFileSync(edited, `${frontMatter}${body.replace("\n\n", "\n\nОдно новое предложение для замера: правка текста статьи.\n\n")}`);
const second = await measure(eleventy.command, eleventy.args, { cwd: root, env: eleventy.env });
ensureSucceeded("second build", second);
writeFileSync(edited, original);
const changes = changedFiles(published, siteFiles(path.join(root, "_site")));
const changedByKind = countByKind(touchedFiles(changes));
log(
  `files changed by a one-article body edit (${path.relative(root, edited)}): ${touchedFiles(changes).length} ` +
    `(${changes.changed.length} changed, ${changes.added.length} added, ${changes.removed.length} removed: ${byKind(changedByKind)}); second build ${second.seconds.toFixed(2)} s`,
);

// npm start: time from saving one article to the rebuild's end, a body edit and a title edit, median of three each.
const rebuilds = values.quick ? undefined : await measureRebuilds(root, "content/ru/blog/bench-1.md", 3);
const rebuildSeconds = rebuilds ? median(rebuilds.bodySeconds) : Number.NaN;
const rebuildTitleSeconds = rebuilds ? median(rebuilds.titleSeconds) : Number.NaN;
const listTimes = (times: number[]): string => times.map((time) => time.toFixed(2)).join(", ");
if (rebuilds) {
  log(`rebuild after editing one article's body (npm start): ${rebuildSeconds.toFixed(2)} s median (${listTimes(rebuilds.bodySeconds)})`);
  log(
    `rebuild after editing one article's title (npm start): ${rebuildTitleSeconds.toFixed(2)} s median (${listTimes(rebuilds.titleSeconds)})`,
  );
}

const hugo = values.quick ? undefined : buildHugo(root, languages);
const hugoRatio = hugo ? project.seconds / hugo.seconds : undefined;
if (hugo) log(`hugo + pagefind: ${hugo.seconds.toFixed(2)} s`);
else if (!values.quick) log("hugo: not on PATH (apt-get install hugo), comparison skipped");

const figures = {
  pages: builtPages,
  articles: pages,
  filesPerArticle: round(published.size / pages),
  images: values.images,
  buildSeconds: round(buildSeconds),
  indexSeconds: round(indexSeconds),
  totalSeconds: round(project.seconds),
  msPerPage: round((buildSeconds * 1000) / builtPages),
  floorSeconds: round(floor.seconds),
  ratioToFloor: round(buildSeconds / floor.seconds),
  peakMiB: Math.round(project.peakMiB),
  processPeaksMiB: project.processPeaksMiB,
  filesWritten: published.size,
  filesWrittenByKind: writtenByKind,
  filesChangedByBodyEdit: touchedFiles(changes).length,
  filesChangedByBodyEditByKind: changedByKind,
  rebuildSeconds: round(rebuildSeconds),
  rebuildTitleSeconds: round(rebuildTitleSeconds),
  ...(hugo && hugoRatio ? { hugoSeconds: round(hugo.seconds), hugoRatio: round(hugoRatio) } : {}),
};

if (values.json) console.log(JSON.stringify(figures, null, 2));
else {
  const hugo = hugoRatio ? `, (pages + index) / (hugo + index) ${figures.hugoRatio}×` : "";
  console.log(`\npages ${figures.pages}, ${figures.msPerPage} ms per page, ratio to floor ${figures.ratioToFloor}×${hugo}`);
  console.log(
    `files published ${figures.filesWritten.toLocaleString("en-US")}, ${figures.filesPerArticle} per article; ` +
      `${figures.filesChangedByBodyEdit} changed by a body edit`,
  );
}
if (values.against) {
  const smaller = JSON.parse(readFileSync(values.against, "utf8")) as { articles: number; msPerPage: number };
  const growth = figures.msPerPage / smaller.msPerPage;
  console.log(
    `per-page cost: ${figures.msPerPage} ms at ${figures.articles.toLocaleString("en-US")} articles against ${smaller.msPerPage} ms at ` +
      `${smaller.articles.toLocaleString("en-US")} (${values.against}) = ${growth.toFixed(2)}× (flat is 1.00×)`,
  );
}
if (!values.keep) rmSync(root, { recursive: true, force: true });

/** "node 812 MiB, pagefind_extended 655 MiB": each kind of process's own peak, largest first. */
function processPeaks(run: Measurement): string {
  return Object.entries(run.processPeaksMiB)
    .sort(([, a], [, b]) => b - a)
    .map(([name, mib]) => `${name} ${mib} MiB`)
    .join(", ");
}

/** The article with the latest pubDate in a folder of the corpus (the first by name on a tie). */
function newestArticle(folder: string): string {
  const dated = readdirSync(folder)
    .sort()
    .map((name) => ({
      file: path.join(folder, name),
      day: /^pubDate: (\S+)$/m.exec(readFileSync(path.join(folder, name), "utf8"))?.[1] ?? "",
    }));
  const newest = dated.reduce((a, b) => (b.day > a.day ? b : a));
  return newest.file;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
