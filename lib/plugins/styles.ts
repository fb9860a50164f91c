// The stylesheet is small enough to inline into every page: no render-blocking request, nothing to cache-bust.
import { readFileSync } from "node:fs";
import type { UserConfig } from "@11ty/eleventy";

export function stylesPlugin(eleventyConfig: UserConfig, options: { cssFile: string }): void {
  eleventyConfig.addWatchTarget(options.cssFile);
  // A function, so the dev server picks up edits on the next rebuild.
  eleventyConfig.addGlobalData("inlineCss", () => minifyCss(readFileSync(options.cssFile, "utf8")));
}

/** Drops comments and collapses white space: enough for a hand-written stylesheet. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
}
