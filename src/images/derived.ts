// Images the pipeline derives from an article's hero at fixed addresses, so templates can name them before the
// pipeline writes them (it writes them where this module says): the social card and the search-result thumbnail.
import { createHash } from "node:crypto";
import type { Article, ArticleLocation } from "../content/articles.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";
import { imageUrlPrefix, socialCardSize } from "./policy.ts";

/** A card image as head metadata names it. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** /images/social/<lang>/<slug>.jpg: one card per article and language (translations share the hero, not the URL). */
export function socialImagePath(article: ArticleLocation): string {
  return `${imageUrlPrefix}social/${article.lang}/${article.slug}.jpg`;
}

/** The card as head metadata names it: an absolute URL, as og:image and twitter:image require. */
export function socialImage(article: Pick<Article, "lang" | "slug" | "title" | "heroAlt">, siteUrl: string): SocialImage {
  return {
    url: absoluteUrl(siteUrl, socialImagePath(article)),
    ...socialCardSize,
    alt: article.heroAlt ?? article.title,
  };
}

/**
 * /images/thumbs/<digits>.webp: the hero's smallest WebP (480 pixels wide), for search results. The search index
 * reads this path as page metadata and matches words in it, so the name is digits (a hash of language and slug):
 * an English slug must not make an English query find the Russian article.
 */
export function heroThumbnailPath(article: ArticleLocation): string {
  const digest = createHash("sha1").update(`${article.lang}/${article.slug}`).digest("hex");
  return `${imageUrlPrefix}thumbs/${BigInt(`0x${digest.slice(0, 13)}`).toString(10)}.webp`;
}
