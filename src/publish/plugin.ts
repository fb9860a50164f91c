// Writing pages: nothing outside the output folder, and a production build's pages let go of once they are written
// (src/publish/production-build.ts then indexes them and swaps them into _site).
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { isInside } from "../content/paths.ts";
import { outsideOutputError } from "./inside-output.ts";
import { collectGarbageEvery, PageSlots, renderFlow, WrittenPages } from "./page-bytes.ts";
import { isProductionBuild } from "./run-mode.ts";

// Pages rendered but not yet written, at most: enough to keep the image step's encoders busy.
const pagesInFlight = 64;
const heapGrowthBetweenCollections = 384 * 2 ** 20;

export interface PublishOptions {
  /** Where a production build writes (emptied by src/publish/production-build.ts before Eleventy starts). */
  stagingDir: string;
}

export function publishPlugin(eleventyConfig: UserConfig, options: PublishOptions): void {
  // Every run, the dev server's too: a transform runs before Eleventy writes the page, so nothing lands outside.
  let outputDir = "";
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    outputDir = directories.output;
  });
  eleventyConfig.addTransform("inside-output", function (content: string) {
    const { outputPath, inputPath, url } = this.page;
    if (typeof outputPath === "string" && outputDir && !isInside(outputPath, outputDir))
      throw outsideOutputError(inputPath, url, outputPath);
    return content;
  });
  if (!isProductionBuild()) return;
  let written: WrittenPages | undefined;
  let collectGarbage: (() => void) | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    const staging = samePath(directories.output, options.stagingDir);
    // Only into an emptied folder: a file left from an earlier build must never pass for a page already written.
    written = staging ? new WrittenPages() : undefined;
    renderFlow.slots = staging ? new PageSlots(pagesInFlight) : undefined;
    collectGarbage = staging ? collectGarbageEvery(heapGrowthBetweenCollections) : undefined;
  });
  // The last transform: Eleventy keeps every written page in memory until the build ends; src/publish/page-bytes.ts hands
  // it bytes and lets them go once the file is written. Not for renderTransforms (feeds): those callers want a string
  // back, and pass a base URL.
  eleventyConfig.addTransform("page-bytes", function (content: string) {
    const { outputPath } = this.page;
    if (!written || typeof content !== "string" || this.baseHref || typeof outputPath !== "string") return content;
    renderFlow.slots?.leave(outputPath);
    collectGarbage?.();
    return written.hold(content, outputPath);
  });
  eleventyConfig.on("eleventy.after", () => {
    written?.release();
    renderFlow.slots = undefined;
  });
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
