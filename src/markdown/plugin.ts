// Markdown: one markdown-it per declared language, and YAML front matter without implicit dates.
import type { UserConfig } from "@11ty/eleventy";
import { frontMatterEngines } from "../content/front-matter.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { createLanguageMarkdown } from "./renderer.ts";

export function markdownPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages }): void {
  eleventyConfig.setLibrary("md", createLanguageMarkdown(options.languages));
  eleventyConfig.setFrontMatterParsingOptions({ engines: frontMatterEngines });
}
