// Eleventy configuration: one plugin per pipeline stage (src/<stage>/plugin.ts), in the order data flows.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { loadLanguages } from "./src/content/languages.ts";
import { loadSiteSettings } from "./src/content/site-settings.ts";
import { contentPlugin } from "./src/content/plugin.ts";
import { devPlugin } from "./src/dev/plugin.ts";
import { i18nPlugin } from "./src/i18n/plugin.ts";
import { imagesPlugin } from "./src/images/plugin.ts";
import { listsPlugin } from "./src/lists/plugin.ts";
import { markdownPlugin } from "./src/markdown/plugin.ts";
import { publishPlugin } from "./src/publish/plugin.ts";
import { productionFolders } from "./src/publish/production-build.ts";
import { builtLanguages } from "./src/publish/one-language.ts";
import { isProductionBuild } from "./src/publish/run-mode.ts";
import { renderPlugin } from "./src/render/plugin.ts";
import { searchPlugin } from "./src/search/plugin.ts";
import { seoPlugin } from "./src/seo/plugin.ts";

// The site being built is the working directory: the project, or a test fixture that links to its _includes.
const siteRoot = process.cwd();

export default async function (eleventyConfig: UserConfig) {
  const dataDir = path.join(siteRoot, "_data");
  const languages = loadLanguages(dataDir);
  // The built site's own settings, as its templates see them (a test fixture may change them).
  const site = await loadSiteSettings(dataDir);
  // npm run build -- --lang ru renders and indexes one language (src/publish/one-language.ts).
  const built = builtLanguages(languages);
  // Every article checked before the build (all problems at once), published articles per language, each home.
  eleventyConfig.addPlugin(contentPlugin, {
    languages,
    perPage: site.articlesPerPage,
    inputDir: path.join(siteRoot, "content"),
    dataDir,
    timeZone: site.timeZone,
  });
  // Per-language markdown-it and date-safe YAML front matter.
  eleventyConfig.addPlugin(markdownPlugin, { languages });
  // TSX layouts and pages rendered to static HTML, with the one small stylesheet inlined.
  eleventyConfig.addPlugin(renderPlugin, { cssFile: path.join(siteRoot, "_includes/css/site.css") });
  // Responsive <picture>s, hero preloads and social cards, encoded once into a cache that outlives _site. Before the
  // feeds' HTML base transform, so feed content names the published files and those URLs are made absolute.
  eleventyConfig.addPlugin(imagesPlugin, {
    inputDir: path.join(siteRoot, "content"),
    cacheDir: imageCacheDir,
    siteUrl: site.url,
    publishAsIs: [site.socialImage.src],
  });
  // Category, tag, author, year and series lists per language, their indexes, and the homes' featured articles.
  eleventyConfig.addPlugin(listsPlugin, { languages, dataDir, perPage: site.articlesPerPage, featuredOnHome: site.featuredOnHome });
  // Declared languages, a check of every UI dictionary, and a "not yet translated" page wherever an article lacks a
  // language, so the switcher never leads nowhere.
  eleventyConfig.addPlugin(i18nPlugin, { languages, dataDir, built });
  // Feeds' HTML base transform (the feed, sitemap and header templates are in content/pages/).
  eleventyConfig.addPlugin(seoPlugin);
  // Site-wide static files (the icon): without one every browser asks for /favicon.ico and logs a 404.
  eleventyConfig.addPassthroughCopy({ "_includes/static": "/" });
  // Pagefind's index of the article pages after each build (in the dev server, in the background), and a start-up
  // check of the synonyms file.
  eleventyConfig.addPlugin(searchPlugin, { dataDir, languages: built });
  eleventyConfig.setServerOptions({ port: 8080 });
  // npm start: saving an article's body re-renders that article and the feeds only; any other save, everything.
  eleventyConfig.addPlugin(devPlugin, { inputDir: path.join(siteRoot, "content"), languages, feedTemplates, feedSize: site.feedSize });
  // Last: nothing is written outside the output folder, and a production build's pages are let go of once written.
  // The build's second process indexes them and replaces _site/ (src/publish/production-build.ts).
  eleventyConfig.addPlugin(publishPlugin, { stagingDir: productionFolders.stagingDir });
}

// The dev server's output (drafts included): never _site/, which only `npm run build` writes and which is deployed.
const devOutputDir = ".dev";
// The page templates that carry article bodies (src/seo/feed-template.ts).
const feedTemplates = ["pages/atom-feed.11ty.tsx", "pages/rss-feed.11ty.tsx", "pages/json-feed.11ty.tsx"];
// IMAGE_CACHE_DIR lets several site folders (the test suite's fixtures) share one cache.
const imageCacheDir = process.env.IMAGE_CACHE_DIR ?? path.join(siteRoot, ".cache/images");

export const config = {
  dir: {
    input: "content",
    includes: "../_includes",
    data: "../_data",
    output: isProductionBuild() ? productionFolders.stagingDir : devOutputDir,
  },
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ["md", "11ty.tsx"],
};
