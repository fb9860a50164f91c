// Images the pipeline derives from an article's hero at fixed addresses, so templates can name them before the
// pipeline writes them (it writes them where this module says): the social card and the search-result thumbnail.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Article } from "../content/articles.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";
import { imageUrlPrefix, socialCardSize } from "./policy.ts";

/** A card image as head metadata names it. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * Both images are named after the hero, not the article: translations share the hero, so they share one card and one
 * thumbnail instead of publishing byte-identical copies per language. Digits (a hash of the hero's site path), because
 * the search index reads the thumbnail's path as page metadata and matches words in it.
 */
function heroDigits(heroImage: string): string {
  // Normalized, so /images//a.jpg and /images/a.jpg (one file) do not publish the same card twice.
  const digest = createHash("sha1").update(path.posix.normalize(heroImage)).digest("hex");
  return BigInt(`0x${digest.slice(0, 13)}`).toString(10);
}

/** /images/social/<digits>.jpg: the 1200×630 card cut from the hero, one for every article that shows it. */
export function socialImagePath(heroImage: string): string {
  return `${imageUrlPrefix}social/${heroDigits(heroImage)}.jpg`;
}

/** The card as head metadata names it: an absolute URL, as og:image and twitter:image require. */
export function socialImage(article: Pick<Article, "heroImage" | "title" | "heroAlt">, siteUrl: string): SocialImage {
  return {
    url: absoluteUrl(siteUrl, socialImagePath(article.heroImage)),
    ...socialCardSize,
    alt: article.heroAlt ?? article.title,
  };
}

/** /images/thumbs/<digits>.webp: the hero's small WebP for search results (src/images/policy.ts says how small). */
export function heroThumbnailPath(heroImage: string): string {
  return `${imageUrlPrefix}thumbs/${heroDigits(heroImage)}.webp`;
}
