// Content: every article checked before the build, published articles per language newest first, each language's home.
import type { UserConfig } from "@11ty/eleventy";
import { publishedArticles } from "./articles.ts";
import { loadCategories } from "./categories.ts";
import { ContentCheck } from "./content-check.ts";
import { EditorError } from "./editor-error.ts";
import type { SiteLanguages } from "./languages.ts";
import { paginate } from "../lists/pagination.ts";
import { isProductionBuild } from "../publish/run-mode.ts";

export function contentPlugin(
  eleventyConfig: UserConfig,
  options: { languages: SiteLanguages; perPage: number; inputDir: string; dataDir: string },
): void {
  // Before Eleventy reads a template: it would stop at the first unreadable front matter, one file per build.
  const check = new ContentCheck({ inputDir: options.inputDir, languages: options.languages });
  eleventyConfig.on("eleventy.before", () => {
    const categories = loadCategories(options.dataDir, options.languages);
    const problems = check.problems({ categories, includeDrafts: !isProductionBuild() });
    if (problems.length > 0) throw new EditorError(problems);
  });
  eleventyConfig.addCollection("articles", publishedArticles);
  eleventyConfig.addCollection("homePages", (api) => {
    const articles = publishedArticles(api);
    return options.languages.languages.flatMap(({ code }) =>
      paginate(
        articles.filter((article) => article.lang === code),
        options.perPage,
        code,
        `/${code}/`,
      ),
    );
  });
}
