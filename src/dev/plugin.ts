// Dev server: a save that changes an article's body only re-renders that article (and the feeds that carry it).
import path from "node:path";
import type { EventArguments, UserConfig } from "@11ty/eleventy";
import { feedItems } from "../seo/feeds.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { ArticleFrontMatters, type RebuildScope } from "./rebuild-scope.ts";
import { isProductionBuild } from "../publish/run-mode.ts";
import { removeOrphanPages } from "./deleted-files.ts";
import { afterGoodBuild } from "./recovery.ts";

/** What npm start's quick writer (src/dev/quick-save.ts) asks of the dev plugin about a save. */
export interface DevState {
  /** Compares the saved file with its last built version (and remembers the saved one): see rebuild-scope.ts. */
  scopeOfSave(file: string): RebuildScope;
  /** Whether the last build's feeds carried this article's body. */
  inFeeds(file: string): boolean;
  feedTemplates: ReadonlySet<string>;
  /** Scopes already decided for saves handed on to Eleventy's rebuild, by absolute path: not compared twice. */
  decided: Map<string, RebuildScope>;
}

let state: DevState | undefined;

/** The dev plugin of the running config (a config reset makes a new one); undefined in a production build. */
export function devState(): DevState | undefined {
  return state;
}

export interface RebuildOptions {
  inputDir: string;
  languages: SiteLanguages;
  /** The feed templates (relative to inputDir): they carry the bodies of each language's newest articles. */
  feedTemplates: string[];
  feedSize: number;
}

/**
 * `npm start` runs Eleventy with --incremental: one saved file per build, and every template's engine asks its
 * extension entries' isIncrementalMatch whether the saved file concerns it (TemplateContent.isFileRelevantToThisTemplate).
 * Before the build, the saved file is compared with its last built version: a changed front matter, a new or deleted
 * article, or any other file means every template answers yes, which renders everything like a full build.
 */
export function devPlugin(eleventyConfig: UserConfig, options: RebuildOptions): void {
  if (isProductionBuild()) return;
  eleventyConfig.on("eleventy.after", ({ directories }: EventArguments) => {
    afterGoodBuild();
    removeOrphanPages(options.inputDir, path.resolve(directories.output));
  });
  const frontMatters = new ArticleFrontMatters(options.inputDir);
  const feedTemplates = new Set(options.feedTemplates.map((template) => path.resolve(options.inputDir, template)));
  // The articles whose bodies the last build's feeds carried; a body edit leaves dates and drafts, so the same now.
  let articlesInFeeds = new Set<string>();
  let scope: RebuildScope = { kind: "everything" };
  let loaded = false;
  const decided = new Map<string, RebuildScope>();
  state = {
    scopeOfSave: (file) => frontMatters.scopeOfSave(file),
    inFeeds: (file) => articlesInFeeds.has(path.resolve(file)),
    feedTemplates,
    decided,
  };

  function isIncrementalMatch(this: { inputPath: string }): boolean {
    if (scope.kind === "everything") return true;
    const template = path.resolve(this.inputPath);
    return template === scope.article || (feedTemplates.has(template) && articlesInFeeds.has(scope.article));
  }
  // Eleventy reads isIncrementalMatch from every addExtension entry whose key is the template's engine; an entry for
  // an extension no file has adds the question without overriding markdown or the TSX pages (an override of "md"
  // itself loses Eleventy's extension map in 3.1 and fails).
  eleventyConfig.addExtension("rebuild-scope-md", { key: "md", isIncrementalMatch });
  eleventyConfig.addExtension("rebuild-scope-tsx", { key: "11ty.tsx", isIncrementalMatch });
  // Eleventy waits until a saved file's size is stable for 150 ms before it rebuilds; an editor's save is one write,
  // so 50 ms is enough, and the rebuild starts 0.1 s sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  // Recomputed by Eleventy in every build, incremental ones included; no template reads it.
  eleventyConfig.addCollection("rebuildArticlesInFeeds", (api) => {
    const all = api.getAll();
    const files = options.languages.languages.flatMap(({ code }) =>
      feedItems(all, code, options.feedSize).map(({ item }) => path.resolve(item.inputPath)),
    );
    articlesInFeeds = new Set(files);
    return [];
  });
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    // The first build (or the first after a config reset) records every article as built.
    if (runMode === "build" || loaded) return;
    frontMatters.load();
    loaded = true;
  });
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    const [saved] = changedFiles;
    const known = saved === undefined ? undefined : decided.get(path.resolve(saved));
    scope = changedFiles.length === 1 && saved ? (known ?? frontMatters.scopeOfSave(saved)) : { kind: "everything" };
    decided.clear();
    if (scope.kind === "article-body") {
      const feeds = articlesInFeeds.has(scope.article) ? " and the feeds" : "";
      console.log(`[rebuild] ${path.relative(".", scope.article)}: front matter unchanged, rendering this article${feeds} only`);
    }
  });
}
