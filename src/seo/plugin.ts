// SEO: the HTML base transform that makes feed content's URLs absolute (the feed templates are in content/pages/).
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";

export function seoPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(rssPlugin);
}
