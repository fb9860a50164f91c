// Writes the Pagefind index of built pages into <output>/pagefind (one index per <html lang>), swapped in whole.
import { readFileSync } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { mergeBundles } from "./bundle-merge.ts";
import path from "node:path";
import { PagefindService, PagefindStopped, type ServiceAnswer, type ServiceRequest } from "./pagefind-service.ts";
import { pageFiles } from "./page-files.ts";
import { searchBundleFolder } from "./shared/page-config.ts";

export interface BuiltPage {
  url: string;
  content: string;
}

/**
 * Pages held in memory (indexed in the order given), or a folder of built HTML read by Pagefind itself (faster: see
 * scripts/bench-search.ts), optionally only the files matching `glob` (relative to the folder; src/search/page-files.ts).
 */
export type IndexSource = { pages: Iterable<BuiltPage> } | { directory: string; glob?: string };

export interface SearchIndexSummary {
  pageCount: number;
  /** Pages per language, as Pagefind split them by <html lang>. */
  languages: Record<string, number>;
  /** Where the time went: parsing pages, then compressing and writing the index. */
  seconds: { adding: number; writing: number };
}

/** Pagefind's ready-made UIs and highlighter: the search page renders its own results, and articles ship no script. */
const unusedBundleFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

// One service for the process: the dev server indexes after every save; a production build closes it when done.
let service: PagefindService | undefined;

/** Asks the service, naming the step in the error when Pagefind refuses (a stopped Pagefind says so itself). */
async function ask(step: string, request: ServiceRequest): Promise<ServiceAnswer> {
  if (!service?.running) service = new PagefindService();
  try {
    return await service.request(request);
  } catch (error) {
    if (error instanceof Error && !(error instanceof PagefindStopped)) throw new Error(`Search index: ${step} failed: ${error.message}`);
    throw error;
  }
}

/**
 * Builds the index in Pagefind's service and writes it to `<outputDir>/pagefind`, replacing any older index whole.
 * Several sources (one per language) are indexed one after another, each by a Pagefind process of its own, and
 * their bundles merged: the indexer then holds one language's pages at a time, not the whole site's.
 */
export async function writeSearchIndex(sources: IndexSource | IndexSource[], outputDir: string): Promise<SearchIndexSummary> {
  const parts = Array.isArray(sources) ? sources : [sources];
  const finalDir = path.join(path.resolve(outputDir), searchBundleFolder);
  const nextDir = `${finalDir}.next`;
  const seconds = { adding: 0, writing: 0 };
  const partDirs = parts.map((_, index) => `${nextDir}.${index}`);
  try {
    for (const [index, source] of parts.entries()) {
      if (parts.length > 1) closeSearchService();
      const partSeconds = await writePart(source, partDirs[index] ?? nextDir);
      seconds.adding += partSeconds.adding;
      seconds.writing += partSeconds.writing;
    }
    const mergedAt = performance.now();
    await rm(nextDir, { recursive: true, force: true });
    await mergeBundles(partDirs, nextDir);
    await Promise.all(unusedBundleFiles.map((file) => rm(path.join(nextDir, file), { force: true })));
    await swapIn(nextDir, finalDir);
    seconds.writing += (performance.now() - mergedAt) / 1000;
    return { ...(await countPages(finalDir)), seconds };
  } finally {
    await Promise.all(partDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

// Pages read and waiting for Pagefind at once: its indexer stays busy, and node holds a few pages, not a language.
const pagesInFlight = 32;

/** One Pagefind index of `source`, written as a whole bundle into `bundleDir`. */
async function writePart(source: IndexSource, bundleDir: string): Promise<SearchIndexSummary["seconds"]> {
  const created = await ask("starting Pagefind", { type: "NewIndex", config: {} });
  const index_id = Number(created.index_id);
  const startedAt = performance.now();
  try {
    if ("directory" in source) {
      // Pagefind numbers pages in the order it reads them, and its word, filter and metadata chunks hold those
      // numbers: read as one folder, the order was the file system's (tmpfs, or another machine's ext4 hash seed,
      // changed every chunk). Each page is sent with its text, in path order, and answered in turn: the same bytes
      // every build. (One AddDir per file was the same bytes but 2.6 times slower: Pagefind walks the glob each time.)
      const directory = path.resolve(source.directory);
      const requests = new Set<Promise<unknown>>();
      for (const file of pageFiles(directory, source.glob ?? "**/*.html")) {
        // Read in step, so the requests go out in path order; a few await Pagefind at a time.
        const file_contents = readFileSync(path.join(directory, file), "utf8");
        // Pagefind skips pages without data-pagefind-body only when another page of its index has one: a language
        // whose folder holds only "not yet translated" notices would have them indexed whole. They are left out here.
        if (!file_contents.includes("data-pagefind-body")) continue;
        const url = `/${file.replace(/index\.html$/, "")}`;
        const request = ask(`reading ${path.join(source.directory, file)}`, { type: "AddFile", index_id, url, file_contents });
        requests.add(request);
        void request.finally(() => requests.delete(request)).catch(() => undefined);
        if (requests.size >= pagesInFlight) await Promise.race(requests);
      }
      await Promise.all(requests);
    } else {
      // Pagefind's service answers requests as they come: sending them together keeps its indexer busy.
      await Promise.all(
        [...source.pages].map((page) => ask("adding pages", { type: "AddFile", index_id, url: page.url, file_contents: page.content })),
      );
    }
    const addedAt = performance.now();
    await rm(bundleDir, { recursive: true, force: true });
    await ask("writing files", { type: "WriteFiles", index_id, output_path: bundleDir });
    return { adding: (addedAt - startedAt) / 1000, writing: (performance.now() - addedAt) / 1000 };
  } finally {
    if (service?.running) await service.request({ type: "DeleteIndex", index_id }).catch(() => undefined);
  }
}

/** Readers of the dev server never see a half-written index: the new folder replaces the old one by renames. */
async function swapIn(nextDir: string, finalDir: string): Promise<void> {
  const oldDir = `${finalDir}.old`;
  await rm(oldDir, { recursive: true, force: true });
  await rename(finalDir, oldDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(nextDir, finalDir);
  await rm(oldDir, { recursive: true, force: true });
}

async function countPages(bundleDir: string): Promise<Pick<SearchIndexSummary, "pageCount" | "languages">> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  return { pageCount: Object.values(languages).reduce((sum, count) => sum + count, 0), languages };
}

/** Stops Pagefind's service process, so a one-off build can exit. */
export function closeSearchService(): void {
  service?.close();
  service = undefined;
}
