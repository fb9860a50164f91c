// Search: the dev server indexes the article pages into <output>/pagefind after each build, in the background; a
// production build indexes them after rendering (src/publish/production-build.ts).
import path from "node:path";
import type { EventArguments, UserConfig } from "@11ty/eleventy";
import { searchScriptEntry } from "./bundle.ts";
import { createRefresher, pagesRewrittenEvent, type Refresher } from "../dev/refresh.ts";
import { checkSynonymsFile } from "./synonyms-file.ts";
import { indexBuiltSite } from "./site-index.ts";

export function searchPlugin(
  eleventyConfig: UserConfig,
  options: { dataDir: string /** The languages to index. */; languages: string[] },
): void {
  checkSynonymsFile(options.dataDir);
  eleventyConfig.on("eleventy.before", () => checkSynonymsFile(options.dataDir)); // a dev-server save, as dictionaries
  // The search page's script is bundled by a page template; edits to it should rebuild in the dev server.
  eleventyConfig.addWatchTarget(path.dirname(searchScriptEntry));

  let refresher: Refresher | undefined;
  eleventyConfig.on("eleventy.after", ({ directories, runMode, outputMode }: EventArguments) => {
    // A production build indexes after its rendering process has exited (src/publish/production-build.ts).
    if (outputMode !== "fs" || runMode === "build") return;
    const output = path.resolve(directories.output);
    // The dev server keeps answering while the index is rebuilt in the background, one run at a time.
    refresher ??= createRefresher(() =>
      indexBuiltSite(output, options.languages, { keepService: true }).catch((error: unknown) => {
        console.error(`[search] The index was not updated: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    void refresher.request();
  });
  // npm start wrote a page without a build (src/dev/quick-save.ts): the index is refreshed as after one.
  eleventyConfig.on(pagesRewrittenEvent, () => void refresher?.request());
}
