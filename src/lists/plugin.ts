// Lists: homes, category, tag, author, year and series pages per language, numbered, and their indexes; categories checked at start.
import type { CollectionApi, UserConfig } from "@11ty/eleventy";
import { loadCategories } from "../content/categories.ts";
import { publishedArticles } from "../content/articles.ts";
import { languageCodes, type SiteLanguages } from "../content/languages.ts";
import { listIndexPages } from "./list-indexes.ts";
import { articleListPages, defaultFeaturedOnHome, homeListPages, type ListPageEntry } from "./list-pages.ts";
import { allSeries, seriesListPages } from "./series.ts";
import { buildLists, type LanguageLists } from "./taxonomy.ts";

interface ListsOptions {
  languages: SiteLanguages;
  dataDir: string;
  perPage: number;
  /** _data/site.ts's featuredOnHome, when it sets one. */
  featuredOnHome?: number;
}

export function listsPlugin(eleventyConfig: UserConfig, options: ListsOptions): void {
  // A category without a name in a declared language stops the build before any page is written.
  loadCategories(options.dataDir, options.languages);
  eleventyConfig.addWatchTarget(`${options.dataDir}/categories.json`);
  // Both collections share one pass over the articles: Eleventy hands them the same collection API within a build.
  const builds = new WeakMap<CollectionApi, Map<string, LanguageLists>>();
  const listsOf = (api: CollectionApi): Map<string, LanguageLists> => {
    let lists = builds.get(api);
    if (!lists) {
      // Read again on every build, so the dev server sees an edited categories file.
      lists = buildLists(publishedArticles(api), options.languages, loadCategories(options.dataDir, options.languages));
      builds.set(api, lists);
    }
    return lists;
  };
  // Compact page records, rendered by content/pages/list-pages.11ty.tsx outside Eleventy's pagination.
  eleventyConfig.addCollection("listPages", (api): ListPageEntry[] => [
    ...homeListPages(
      publishedArticles(api),
      languageCodes(options.languages),
      options.perPage,
      options.featuredOnHome ?? defaultFeaturedOnHome,
    ),
    ...articleListPages(listsOf(api), options.perPage),
    ...seriesListPages(publishedArticles(api), languageCodes(options.languages), options.perPage),
  ]);
  eleventyConfig.addCollection("listIndexes", (api) => listIndexPages(listsOf(api), allSeries(publishedArticles(api))));
}
