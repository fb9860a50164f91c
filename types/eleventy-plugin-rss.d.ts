// The part of @11ty/eleventy-plugin-rss 3 this project uses: the plugin ships no type declarations.
declare module "@11ty/eleventy-plugin-rss" {
  import type { UserConfig } from "@11ty/eleventy";

  /** Registers Eleventy's HTML base plugin (htmlBaseUrl, transformWithHtmlBase) and the feed date filters. */
  export default function rssPlugin(eleventyConfig: UserConfig, options?: Record<string, unknown>): void;
  /** RFC 3339 without milliseconds, as Atom and JSON Feed expect: 2026-02-27T00:00:00Z. */
  export function dateToRfc3339(date: Date): string;
}
