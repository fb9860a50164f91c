// Markdown: one markdown-it per declared language, and YAML front matter without implicit dates, articles' fields only.
import type { UserConfig } from "@11ty/eleventy";
import { articleFrontMatterEngines } from "../content/article-fields.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { createLanguageMarkdown } from "./renderer.ts";

export function markdownPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages }): void {
  eleventyConfig.setLibrary("md", createLanguageMarkdown(options.languages));
  eleventyConfig.setFrontMatterParsingOptions({ engines: articleFrontMatterEngines });
}
