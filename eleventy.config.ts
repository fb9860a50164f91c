// Eleventy configuration: wires the project's plugins from lib/plugins, one line each, in the order data flows.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { loadLanguages } from "./lib/languages.ts";
import { collectionsPlugin } from "./lib/plugins/collections.ts";
import { imagesPlugin } from "./lib/plugins/images.ts";
import { languagesPlugin } from "./lib/plugins/languages.ts";
import { markdownPlugin } from "./lib/plugins/markdown.ts";
import { isProductionBuild, outputPlugin } from "./lib/plugins/output.ts";
import { rebuildPlugin } from "./lib/plugins/rebuild.ts";
import { searchPlugin } from "./lib/plugins/search.ts";
import { stylesPlugin } from "./lib/plugins/styles.ts";
import { translationsPlugin } from "./lib/plugins/translations.ts";
import { taxonomyPlugin } from "./lib/plugins/taxonomy.ts";
import { tsxPlugin } from "./lib/plugins/tsx.ts";
import site from "./_data/site.ts";

// The site being built is the working directory: the project, or a test fixture that links to its _includes.
const siteRoot = process.cwd();

export default function (eleventyConfig: UserConfig) {
  const languages = loadLanguages(path.join(siteRoot, "_data"));
  // TSX layouts and pages, rendered to static HTML.
  eleventyConfig.addPlugin(tsxPlugin);
  // Declared languages, I18nPlugin, and a check of every UI dictionary.
  eleventyConfig.addPlugin(languagesPlugin, { languages, dataDir: path.join(siteRoot, "_data") });
  // Per-language markdown-it and date-safe YAML front matter.
  eleventyConfig.addPlugin(markdownPlugin, { languages });
  // Published articles and paginated homes per language.
  eleventyConfig.addPlugin(collectionsPlugin, { languages, perPage: site.articlesPerPage });
  // Responsive <picture>s, hero preloads and social cards, encoded once into a cache that outlives _site. Before the
  // feeds' HTML base transform, so feed content names the published files and those URLs are made absolute.
  eleventyConfig.addPlugin(imagesPlugin, {
    inputDir: path.join(siteRoot, "content"),
    cacheDir: imageCacheDir,
    siteUrl: site.url,
    publishAsIs: [site.socialImage.src],
  });
  // Feeds: the HTML base transform that makes feed content's URLs absolute (feed templates are in content/pages/).
  eleventyConfig.addPlugin(rssPlugin);
  // A "not yet translated" page wherever an article lacks a language, so the switcher never leads nowhere.
  eleventyConfig.addPlugin(translationsPlugin, { languages });
  // Category, tag, author and year lists per language, and their indexes.
  eleventyConfig.addPlugin(taxonomyPlugin, { languages, dataDir: path.join(siteRoot, "_data"), perPage: site.articlesPerPage });
  // One small stylesheet, inlined.
  eleventyConfig.addPlugin(stylesPlugin, { cssFile: path.join(siteRoot, "_includes/css/site.css") });
  // Site-wide static files (the icon): without one every browser asks for /favicon.ico and logs a 404.
  eleventyConfig.addPassthroughCopy({ "_includes/static": "/" });
  // Pagefind's index of the article pages after each build (in the dev server, in the background).
  eleventyConfig.addPlugin(searchPlugin, { scriptsDir: path.join(siteRoot, "_includes/scripts") });
  eleventyConfig.setServerOptions({ port: 8080 });
  // npm start: saving an article's body re-renders that article and the feeds only; any other save, everything.
  eleventyConfig.addPlugin(rebuildPlugin, { inputDir: path.join(siteRoot, "content"), languages, feedTemplates, feedSize: site.feedSize });
  // Last: a production build replaces _site/ only after every step above succeeded.
  eleventyConfig.addPlugin(outputPlugin, { publishDir: "_site", stagingDir });
}

const stagingDir = ".staging";
// The page templates that carry article bodies (lib/feed-template.ts).
const feedTemplates = ["pages/atom-feed.11ty.tsx", "pages/json-feed.11ty.tsx"];
// IMAGE_CACHE_DIR lets several site folders (the test suite's fixtures) share one cache.
const imageCacheDir = process.env.IMAGE_CACHE_DIR ?? path.join(siteRoot, ".cache/images");

export const config = {
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../_data",
    output: isProductionBuild() ? stagingDir : "_site",
  },
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["md", "11ty.tsx"],
};
