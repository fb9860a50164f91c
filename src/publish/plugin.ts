// Atomic publishing: a production build writes into a staging folder and replaces _site/ only when every step succeeded.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { BuildFailure, oneLine } from "./build-failure.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { isInside } from "../content/paths.ts";
import { outsideOutputError } from "./inside-output.ts";
import { countFiles, fileLimitWarning, publishedLine } from "./file-count.ts";
import { collectGarbageEvery, PageSlots, renderFlow, WrittenPages } from "./page-bytes.ts";
import { isProductionBuild } from "./run-mode.ts";
import { publishTarget, removeLeftovers, swapIn } from "./swap.ts";

// Pages rendered but not yet written, at most: enough to keep the image step's encoders busy.
const pagesInFlight = 64;
const heapGrowthBetweenCollections = 384 * 2 ** 20;

export interface PublishOptions {
  /** The folder readers' files end up in (_site). */
  publishDir: string;
  /** Where a production build writes first. */
  stagingDir: string;
  /** Held by the one production build of the project that may touch stagingDir and publishDir. */
  lockFile: string;
  /** The most files the site's host accepts in a deployment (_data/site.ts fileLimit): more is warned about. */
  fileLimit?: { limit: number | undefined; setting: string };
}

// A build waits this long for another one to finish (a 10,000-article build takes about 80 s).
const lockTimeoutMs = Number(process.env.BUILD_LOCK_TIMEOUT_MS ?? 15 * 60_000);

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
  // Later after-build steps (the search index) must finish before publishing: run listeners in order.
  eleventyConfig.setEventEmitterMode("sequential");
  let written: WrittenPages | undefined;
  let collectGarbage: (() => void) | undefined;
  let release: (() => void) | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const staging = samePath(directories.output, options.stagingDir);
    if (staging) {
      release ??= await acquireBuildLock(options.lockFile, {
        timeoutMs: lockTimeoutMs,
        onWait: (pid) => console.log(`[publish] Waiting for the build with pid ${pid} to finish (it holds ${options.lockFile})`),
      });
      // A build killed during an earlier swap left its old or new site beside the published one.
      const target = publishTarget(options.publishDir, process.cwd());
      for (const leftover of removeLeftovers(target)) console.log(`[publish] Removed ${leftover}, left by a build that was stopped`);
      emptyFolder(options.stagingDir);
    }
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
  // Registered from the config's last line, so it runs after every other eleventy.after step.
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    written?.release();
    renderFlow.slots = undefined;
    if (!samePath(directories.output, options.stagingDir)) return;
    const target = publishTarget(options.publishDir, process.cwd());
    swapIn(options.stagingDir, target, options.publishDir);
    // Static hosts cap the files of a deployment: the count is what they would see, taken before another build may
    // publish over it.
    const count = countFiles(target);
    release?.();
    release = undefined;
    console.log(publishedLine(count, options.publishDir));
    const warning = fileLimitWarning(count, options.fileLimit?.limit, options.fileLimit?.setting ?? "");
    if (warning) console.warn(warning);
  });
}

function emptyFolder(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new BuildFailure(`output: could not empty ${folder} to write the site into (${oneLine(error)}); nothing was published`);
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
