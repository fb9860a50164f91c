// Collections: published articles per language, newest first, and the paginated home of each language.
import type { CollectionApi, UserConfig } from "@11ty/eleventy";
import { byNewest, type Article } from "../articles.ts";
import type { SiteLanguages } from "../languages.ts";
import { paginate } from "../pagination.ts";

export function publishedArticles(api: CollectionApi): Article[] {
  return api
    .getAll()
    .filter((item) => item.url && item.data.article)
    .map((item) => item.data.article as Article)
    .sort(byNewest);
}

export function collectionsPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages; perPage: number }): void {
  eleventyConfig.addCollection("articles", publishedArticles);
  eleventyConfig.addCollection("homePages", (api) => {
    const articles = publishedArticles(api);
    return options.languages.languages.flatMap(({ code }) =>
      paginate(articles.filter((article) => article.lang === code), options.perPage, code, `/${code}/`),
    );
  });
}
