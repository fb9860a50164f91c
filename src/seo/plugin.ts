// SEO: the HTML base transform that makes feed content's URLs absolute (the feed templates are in content/pages/).
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";

export function seoPlugin(eleventyConfig: UserConfig): void {
  // Eleventy's own HTML base plugin, with its default options: renderTransforms then rewrites feed content's URLs
  // against the base each feed passes (src/seo/feed-template.ts).
  eleventyConfig.addPlugin(HtmlBasePlugin);
}
