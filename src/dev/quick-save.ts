// npm start: a save that leaves an article's front matter as it was is written at once by that article's own Eleventy
// template from the last build's data (and the feeds that carry it), without a rebuild of every template's data.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { contentProblems } from "../content/plugin.ts";
import { devState } from "./plugin.ts";
import { lastBuildSucceeded } from "./recovery.ts";
import { pagesRewrittenEvent } from "./refresh.ts";

/**
 * The parts of Eleventy 3.1's instance and templates this reaches into (node_modules/@11ty/eleventy/src: Eleventy.js
 * #watch, Template.js renderPageEntry and _write, TemplateMap.js populateContentDataInMap). They are what Eleventy's
 * own rebuild calls for one page, so the page written here is the page the rebuild would have written.
 */
interface PageEntry {
  inputPath: string;
  url: string;
  outputPath: string | false;
  rawInput: unknown;
  templateContent: unknown;
  data: { page: { rawInput?: unknown } };
  template: {
    inputPath: string;
    config: { preprocessors: Record<string, unknown> };
    constructor: {
      runPreprocessors(inputPath: string, content: unknown, data: unknown, preprocessors: unknown): Promise<{ content: unknown }>;
    };
    resetCaches(types: { read: boolean }): void;
    getPreRender(): Promise<unknown>;
    renderPageEntryWithoutLayout(page: PageEntry): Promise<unknown>;
    renderPageEntry(page: PageEntry): Promise<string | Uint8Array>;
    _write(page: PageEntry, content: string | Uint8Array): Promise<WrittenPage | undefined>;
    _cacheRenderedPromise?: unknown;
    _cacheRenderedTransformsAndLayoutsPromise?: unknown;
  };
}

interface WrittenPage {
  inputPath: string;
  outputPath: string;
  url: string;
  content: string | Uint8Array;
}

interface TemplateMap {
  getMap(): Array<{ inputPath: string; _pages?: PageEntry[] }>;
  collectionsData: Record<string, unknown> | null;
}

export interface EleventyInstance {
  watcher: {
    listeners(event: "change"): Array<(file: string) => unknown>;
    removeAllListeners(event: "change"): unknown;
    on(event: "change", listener: (file: string) => unknown): unknown;
  };
  watchManager: { isBuildRunning(): boolean };
  writer: { templateMap?: TemplateMap };
  eleventyServe: { reload(event: { files: string[]; build: { templates: WrittenPage[] } }): Promise<void> };
  eleventyConfig: { userConfig: { events: { emit(event: string, ...args: unknown[]): unknown } } };
}

/**
 * Takes over Eleventy's "change" listener: a body-only save of an article is written here; every other save goes on
 * to Eleventy's rebuild as before, with the scope decided here (src/dev/plugin.ts reads it).
 */
export async function writeBodySavesAtOnce(eleventy: EleventyInstance): Promise<void> {
  // Eleventy's module of global events, the one its file caches listen to (not among the package's exports).
  const eventBusUrl = new URL("./EventBus.js", import.meta.resolve("@11ty/eleventy"));
  const { default: eventBus } = (await import(eventBusUrl.href)) as { default: { emit(event: string, ...args: unknown[]): unknown } };
  const rebuild = eleventy.watcher.listeners("change");
  eleventy.watcher.removeAllListeners("change");
  let writing = Promise.resolve();
  eleventy.watcher.on("change", (file: string) => {
    // One save at a time, in the order they came, so a later save's page is never overwritten by an earlier one's.
    writing = writing.then(async () => {
      let written = false;
      try {
        written = await writeAtOnce(eleventy, file, eventBus);
      } catch {
        // A problem in the new body (an image without alt text, say): Eleventy's rebuild of that article reports it
        // as every failed build is reported, and the server keeps the last good page.
        devState()?.decided.set(path.resolve(file), { kind: "article-body", article: path.resolve(file) });
      }
      if (!written) for (const listener of rebuild) void listener(file);
    });
    return writing;
  });
}

async function writeAtOnce(
  eleventy: EleventyInstance,
  file: string,
  eventBus: { emit(event: string, ...args: unknown[]): unknown },
): Promise<boolean> {
  const state = devState();
  // While Eleventy builds, its template map is being replaced; after a failed build it may be incomplete.
  if (!state || eleventy.watchManager.isBuildRunning() || !lastBuildSucceeded()) return false;
  const saved = path.resolve(file);
  const scope = state.scopeOfSave(saved);
  state.decided.set(saved, scope);
  if (scope.kind !== "article-body") return false;
  const map = eleventy.writer.templateMap;
  const entry = map?.getMap().find((candidate) => path.resolve(candidate.inputPath) === saved);
  const page = entry?._pages?.length === 1 ? entry._pages[0] : undefined;
  if (!map || !page || !existsSync(saved)) return false;
  const start = process.hrtime.bigint();
  // The build's own check (only the saved file is read again): a problem goes on to the rebuild, which reports it.
  if (contentProblems().length > 0) return false;
  state.decided.delete(saved);
  // What Eleventy's watcher tells its caches about a changed file (Eleventy.js #addFileToWatchQueue), minus the build.
  eventBus.emit("eleventy.resourceModified", file, [], { viaConfigReset: false, relevantLayouts: [] });
  eleventy.eleventyConfig.userConfig.events.emit("eleventy#templateModified", file);

  const template = page.template;
  template.resetCaches({ read: true });
  const rawInput = (
    await template.constructor.runPreprocessors(template.inputPath, await template.getPreRender(), page.data, template.config.preprocessors)
  ).content;
  page.rawInput = rawInput;
  page.data.page.rawInput = rawInput;
  const written = [await renderAndWrite(page)];
  // Lists and other collection readers hold their own copy of each item's body (TemplateMap.js populateCollectionsWithContent).
  for (const items of Object.values(map.collectionsData ?? {})) {
    if (!Array.isArray(items)) continue;
    for (const item of items as Array<{ inputPath?: string; templateContent?: unknown }>) {
      if (item.inputPath === page.inputPath) item.templateContent = page.templateContent;
    }
  }
  const inFeeds = state.inFeeds(saved);
  if (inFeeds) {
    for (const feed of map.getMap().filter((candidate) => state.feedTemplates.has(path.resolve(candidate.inputPath)))) {
      for (const feedPage of feed._pages ?? []) written.push(await renderAndWrite(feedPage, true));
    }
  }
  const pages = written.filter((result): result is WrittenPage => result !== undefined);
  const seconds = (Number(process.hrtime.bigint() - start) / 1e9).toFixed(2);
  const what = inFeeds ? "its page and the feeds that carry it" : "its page";
  console.log(
    `[rebuild] ${path.relative(".", saved)}: front matter unchanged, so ${what}: Wrote ${pages.length} file${pages.length === 1 ? "" : "s"} in ${seconds} seconds`,
  );
  await eleventy.eleventyServe.reload({ files: [file], build: { templates: pages } });
  eleventy.eleventyConfig.userConfig.events.emit(pagesRewrittenEvent);
  return true;
}

/** Renders one page as Eleventy's rebuild would (content, then layouts and transforms) and writes it if it changed. */
async function renderAndWrite(page: PageEntry, onlyIfChanged = false): Promise<WrittenPage | undefined> {
  const template = page.template;
  template._cacheRenderedPromise = undefined;
  template._cacheRenderedTransformsAndLayoutsPromise = undefined;
  page.templateContent = await template.renderPageEntryWithoutLayout(page);
  const content = await template.renderPageEntry(page);
  if (typeof page.outputPath !== "string") return undefined;
  if (onlyIfChanged && existsSync(page.outputPath) && readFileSync(page.outputPath).equals(Buffer.from(content))) return undefined;
  return template._write(page, content);
}
