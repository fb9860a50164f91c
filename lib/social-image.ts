// The social card of an article: a 1200×630 JPEG cut from its hero image, at a URL head metadata can name before the
// image pipeline writes it (the pipeline writes it where this module says).
import type { Article, ArticleLocation } from "./articles.ts";
import { imageUrlPrefix, socialCardSize } from "./images.ts";

export interface SocialImage {
  /** Absolute URL, as og:image and twitter:image require. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** /images/social/<lang>/<slug>.jpg: one card per article and language (translations share the hero, not the URL). */
export function socialImagePath(article: ArticleLocation): string {
  return `${imageUrlPrefix}social/${article.lang}/${article.slug}.jpg`;
}

export function socialImage(article: Pick<Article, "lang" | "slug" | "title" | "heroAlt">, siteUrl: string): SocialImage {
  return {
    url: `${siteUrl.replace(/\/+$/, "")}${socialImagePath(article)}`,
    ...socialCardSize,
    alt: article.heroAlt ?? article.title,
  };
}
