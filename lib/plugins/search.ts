// Search: after each build, Pagefind indexes the article pages into <output>/pagefind (in the dev server, in the background).
import path from "node:path";
import type { EventArguments, UserConfig } from "@11ty/eleventy";
import { createRefresher, type Refresher } from "../refresh.ts";
import { closeSearchService, searchablePages, writeSearchIndex, type SearchIndexSummary } from "../search-index.ts";

function report(summary: SearchIndexSummary, startedAt: number): void {
  const languages = Object.entries(summary.languages).map(([lang, count]) => `${lang} ${count}`).join(", ");
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  console.log(`[search] Indexed ${summary.pageCount} articles (${languages || "none"}) in ${seconds} seconds`);
}

export function searchPlugin(eleventyConfig: UserConfig, options: { scriptsDir: string }): void {
  // The search page's script is bundled by a page template; edits to it should rebuild in the dev server.
  eleventyConfig.addWatchTarget(options.scriptsDir);

  let latestOutput = "";
  let refresher: Refresher | undefined;
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode, results }: EventArguments) => {
    if (outputMode !== "fs") return;
    if (runMode === "build") {
      // A production build indexes the pages it holds in memory, and fails if the index cannot be written.
      const startedAt = performance.now();
      try {
        report(await writeSearchIndex({ pages: searchablePages(results ?? []) }, directories.output), startedAt);
      } finally {
        await closeSearchService();
      }
      return;
    }
    // The dev server answers while the index is rebuilt from the files on disk (complete even after a partial rebuild).
    latestOutput = path.resolve(directories.output);
    refresher ??= createRefresher(async () => {
      const startedAt = performance.now();
      try {
        report(await writeSearchIndex({ directory: latestOutput }, latestOutput), startedAt);
      } catch (error) {
        console.error(`[search] The index was not updated: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    void refresher.request();
  });
}
