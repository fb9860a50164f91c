// The social card of an article: a 1200×630 JPEG cut from its hero image, at a URL head metadata can name before the
// image pipeline writes it (the pipeline writes it where this module says).
import type { Article, ArticleLocation } from "./articles.ts";
import { imageUrlPrefix, socialCardSize } from "./images.ts";
import type { SocialImage } from "./page-meta.ts";

/** /images/social/<lang>/<slug>.jpg: one card per article and language (translations share the hero, not the URL). */
export function socialImagePath(article: ArticleLocation): string {
  return `${imageUrlPrefix}social/${article.lang}/${article.slug}.jpg`;
}

/** The card as head metadata names it: an absolute URL, as og:image and twitter:image require. */
export function socialImage(article: Pick<Article, "lang" | "slug" | "title" | "heroAlt">, siteUrl: string): SocialImage {
  return {
    url: `${siteUrl.replace(/\/+$/, "")}${socialImagePath(article)}`,
    ...socialCardSize,
    alt: article.heroAlt ?? article.title,
  };
}
