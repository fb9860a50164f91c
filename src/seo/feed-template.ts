// What the feed templates share: the language they are paginated over and the feed built from Eleventy's data.
import type { CollectionItem } from "@11ty/eleventy";
import { buildFeed, correctionsHtml, feedItems, heroHtml, noticesHtml, type Feed } from "./feeds.ts";
import { provenanceNotes } from "../i18n/provenance.ts";
import { absoluteUrl } from "./absolute-url.ts";
import type { Article } from "../content/articles.ts";
import type { Language } from "../content/languages.ts";
import { pageLanguage, type TemplateData } from "../render/site-data.ts";

export interface FeedData extends TemplateData {
  feedLanguage: Language;
}

/** Eleventy filters a feed template calls through `this` (renderTransforms is Eleventy's; its HTML base plugin, added in src/seo/plugin.ts, is the transform it runs). */
export interface FeedFilters {
  renderTransforms(content: string, page: CollectionItem["data"]["page"], baseHref: string): Promise<string>;
  /** The size in bytes of the hero's published social card (src/images/plugin.ts makes it if no page has). */
  socialCardBytes(hero: Pick<Article, "heroImage" | "heroFocus">): Promise<number>;
}

/** One feed page per declared language; feeds stay out of collections so the sitemap and other lists never see them. */
export function feedTemplateData(permalink: (lang: string) => string) {
  return {
    pagination: { data: "builtLanguages", size: 1, alias: "feedLanguage" },
    permalink: (data: FeedData) => permalink(data.feedLanguage.code),
    eleventyExcludeFromCollections: true,
    // Rendered after the articles, whose bodies the feed carries.
    eleventyImport: { collections: ["all", "articles"] },
  };
}

/**
 * The newest articles in full. Their HTML goes through the site's transforms with the site URL as base, as the rss
 * plugin's own templates do, so every link and image URL in it is absolute.
 */
export async function feedFor(filters: FeedFilters, data: FeedData): Promise<Feed> {
  const lang = data.feedLanguage.code;
  const { language, strings } = pageLanguage(data, lang);
  const base = absoluteUrl(data.site.url, "/");
  const { timeZone } = data.site;
  const context = { articles: data.collections.articles, languages: data.languages, strings, timeZone };
  const articles = await Promise.all(
    feedItems(data.collections.all, lang, data.site.feedSize).map(async ({ item, article }) => {
      // The reader of a feed is told what the page tells: the notices above the text, the corrections after it.
      const html =
        heroHtml(article) +
        noticesHtml(provenanceNotes(article, context)) +
        item.content +
        correctionsHtml(article.corrections, strings.corrections, language.locale, timeZone);
      const [contentHtml, cardBytes] = await Promise.all([
        filters.renderTransforms(html, item.data.page, base),
        filters.socialCardBytes(article),
      ]);
      return { article, contentHtml, cardBytes };
    }),
  );
  return buildFeed({
    siteUrl: data.site.url,
    lang,
    title: strings.siteName,
    subtitle: strings.siteDescription,
    hubUrl: data.site.websubHub,
    articles,
  });
}
