// Writes the Pagefind index of built pages into <output>/pagefind (one index per <html lang>), swapped in whole.
import { readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { closeService, createIndex, guard } from "./pagefind-service.ts";
import { searchBundleFolder } from "./shared/page-config.ts";

export interface BuiltPage {
  url: string;
  content: string;
}

/**
 * Pages held in memory, or a folder of built HTML read by Pagefind itself (faster: see scripts/bench-search.ts),
 * optionally only the files matching `glob` (relative to the folder).
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

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed: ${errors.join("; ")}`);
}

/** Builds the index in Pagefind's service and writes it to `<outputDir>/pagefind`, replacing any older index whole. */
export async function writeSearchIndex(source: IndexSource, outputDir: string): Promise<SearchIndexSummary> {
  const created = await createIndex();
  check("starting Pagefind", created.errors);
  const index = created.index;
  if (!index) throw new Error("Search index: Pagefind returned no index");
  const startedAt = performance.now();
  try {
    if ("directory" in source) {
      const directory = { path: path.resolve(source.directory), ...(source.glob ? { glob: source.glob } : {}) };
      check(`reading ${source.directory}`, (await guard(index.addDirectory(directory))).errors);
    } else {
      // Pagefind's service answers requests as they come: sending them together keeps its indexer busy.
      const added = await Promise.all([...source.pages].map((page) => guard(index.addHTMLFile(page))));
      check(
        "adding pages",
        added.flatMap((response) => response.errors),
      );
    }
    const addedAt = performance.now();
    const finalDir = path.join(path.resolve(outputDir), searchBundleFolder);
    const nextDir = `${finalDir}.next`;
    await rm(nextDir, { recursive: true, force: true });
    check("writing files", (await guard(index.writeFiles({ outputPath: nextDir }))).errors);
    await Promise.all(unusedBundleFiles.map((file) => rm(path.join(nextDir, file), { force: true })));
    await swapIn(nextDir, finalDir);
    const seconds = { adding: (addedAt - startedAt) / 1000, writing: (performance.now() - addedAt) / 1000 };
    return { ...(await countPages(finalDir)), seconds };
  } finally {
    await guard(index.deleteIndex()).catch(() => undefined);
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
export async function closeSearchService(): Promise<void> {
  await closeService();
}
