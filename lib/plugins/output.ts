// Atomic publishing: a production build writes into a staging folder and replaces _site/ only when every step succeeded.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";

export interface OutputOptions {
  /** The folder readers' files end up in (_site). */
  publishDir: string;
  /** Where a production build writes first. */
  stagingDir: string;
}

/** Production builds (`npm run build`) stage; the dev server writes straight into _site so it can serve it. */
export function isProductionBuild(): boolean {
  return process.env.ELEVENTY_RUN_MODE === "build";
}

export function outputPlugin(eleventyConfig: UserConfig, options: OutputOptions): void {
  if (!isProductionBuild()) return;
  // Later after-build steps (the search index) must finish before publishing: run listeners in order.
  eleventyConfig.setEventEmitterMode("sequential");
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    if (samePath(directories.output, options.stagingDir)) emptyFolder(options.stagingDir);
  });
  // The last transform: Eleventy keeps every written page in memory until the build ends (its results list). As UTF-8
  // bytes a page takes about half the memory of a JavaScript string holding Cyrillic letters or typographic quotes.
  // Not for renderTransforms (feeds): those callers want a string back, and pass a base URL.
  eleventyConfig.addTransform("utf8-bytes", function (content: string) {
    return typeof content === "string" && !this.baseHref ? Buffer.from(content) : content;
  });
  // Registered from the config's last line, so it runs after every other eleventy.after step.
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    if (samePath(directories.output, options.stagingDir)) publish(options.stagingDir, options.publishDir);
  });
}

function emptyFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
}

/** Two renames: readers see the old site or the new one, never a half-written mix. */
export function publish(stagingDir: string, publishDir: string): void {
  const previous = `${publishDir.replace(/[\\/]+$/, "")}.previous-${process.pid}`;
  if (existsSync(publishDir)) renameSync(publishDir, previous);
  renameSync(stagingDir, publishDir);
  rmSync(previous, { recursive: true, force: true });
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
