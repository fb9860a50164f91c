// Content: published articles per language, newest first, and the paginated home of each language.
import type { UserConfig } from "@11ty/eleventy";
import { publishedArticles } from "./articles.ts";
import type { SiteLanguages } from "./languages.ts";
import { paginate } from "../lists/pagination.ts";

export function contentPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages; perPage: number }): void {
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
