// Search: after each build, Pagefind indexes the article pages into <output>/pagefind (in the dev server, in the background).
import path from "node:path";
import type { EventArguments, UserConfig } from "@11ty/eleventy";
import { searchScriptEntry } from "./bundle.ts";
import { articleFilesGlobOf } from "../content/articles.ts";
import { createRefresher, type Refresher } from "../dev/refresh.ts";
import { pagesRewrittenEvent } from "../dev/quick-save.ts";
import { BuildFailure, oneLine } from "../publish/build-failure.ts";
import { checkSynonymsFile } from "./synonyms-file.ts";
import { closeSearchService, writeSearchIndex, type SearchIndexSummary } from "./pagefind-index.ts";

function report(summary: SearchIndexSummary): void {
  const languages = Object.entries(summary.languages)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(", ");
  const { adding, writing } = summary.seconds;
  const time = `${(adding + writing).toFixed(2)} seconds (reading pages ${adding.toFixed(2)}, writing ${writing.toFixed(2)})`;
  console.log(`[search] Indexed ${summary.pageCount} articles (${languages || "none"}) in ${time}`);
}

export function searchPlugin(
  eleventyConfig: UserConfig,
  options: { dataDir: string /** The languages to index. */; languages: string[] },
): void {
  checkSynonymsFile(options.dataDir);
  eleventyConfig.on("eleventy.before", () => checkSynonymsFile(options.dataDir)); // a dev-server save, as dictionaries
  // The search page's script is bundled by a page template; edits to it should rebuild in the dev server.
  eleventyConfig.addWatchTarget(path.dirname(searchScriptEntry));

  let latestOutput = "";
  let refresher: Refresher | undefined;
  // Pagefind reads the written pages itself: measured faster than sending Eleventy's in-memory results through its
  // Node API (scripts/bench-search.ts; again while the build renders: node spent 1.7 s more CPU and 200 MB more
  // memory encoding pages for the service, the wall time did not drop), and complete after the dev server's partial
  // rebuilds. Only the article files: list pages have no data-pagefind-body, yet Pagefind parsed every one of them.
  // One language at a time, each in a Pagefind process of its own: the indexer's memory is one language's.
  const indexOutput = async (): Promise<void> => {
    const sources = options.languages.map((lang) => ({ directory: latestOutput, glob: articleFilesGlobOf(lang) }));
    report(await writeSearchIndex(sources, latestOutput));
  };
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode }: EventArguments) => {
    if (outputMode !== "fs") return;
    latestOutput = path.resolve(directories.output);
    if (runMode === "build") {
      // A production build waits for its index, and fails if it cannot be written: then nothing is published.
      try {
        await indexOutput();
      } catch (error) {
        throw new BuildFailure(`search index: ${oneLine(error)}; nothing was published`);
      } finally {
        closeSearchService();
      }
      return;
    }
    // The dev server keeps answering while the index is rebuilt in the background, one run at a time.
    refresher ??= createRefresher(() =>
      indexOutput().catch((error: unknown) => {
        console.error(`[search] The index was not updated: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    void refresher.request();
  });
  // npm start wrote a page without a build (src/dev/quick-save.ts): the index is refreshed as after one.
  eleventyConfig.on(pagesRewrittenEvent, () => void refresher?.request());
}
