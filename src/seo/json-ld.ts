// Structured data for articles: a schema.org NewsArticle, serialized so it can sit inside <script> safely.
import { absoluteUrl } from "./absolute-url.ts";
import type { Article } from "../content/articles.ts";

export interface NewsArticleContext {
  siteUrl: string;
  siteName: string;
  /** Absolute URL of the article's image (the hero image unless the image pipeline supplies a card). */
  imageUrl?: string;
}

export function newsArticle(article: Article, context: NewsArticleContext): Record<string, unknown> {
  const url = absoluteUrl(context.siteUrl, article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: url,
    url,
    headline: article.title,
    description: article.description,
    image: [context.imageUrl ?? absoluteUrl(context.siteUrl, article.heroImage)],
    datePublished: article.dates.published.dateTime,
    dateModified: article.dates.modified.dateTime,
    author: [{ "@type": "Person", name: article.author }],
    publisher: { "@type": "Organization", name: context.siteName, url: absoluteUrl(context.siteUrl, `/${article.lang}/`) },
    inLanguage: article.lang,
    articleSection: article.category,
    keywords: article.tags,
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. `<` is written as \u003c so a title containing `</script>` or
 * `<!--` cannot end or confuse the element; `>` and `&` likewise, and U+2028/U+2029 for older JavaScript parsers.
 * JSON.parse gives back exactly the original value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
