// Images the pipeline derives from an article's hero at fixed addresses, so templates can name them before the
// pipeline writes them (it writes them where this module says): the social card, the three shapes search engines
// ask of structured data, and the search-result thumbnail, each cut around the hero's focus.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Article } from "../content/articles.ts";
import { isCentered, type Focus } from "../content/hero-focus.ts";
import { absoluteUrl } from "../seo/absolute-url.ts";
import { imageUrlPrefix, searchEngineShapes, socialCardSize, thumbnailSize } from "./policy.ts";

/** A card image as head metadata names it. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** One image cut from a hero: where it is published, its size and format, and the focus it is cut around. */
export interface HeroCrop {
  kind: "card" | "shape" | "thumbnail";
  path: string;
  width: number;
  height: number;
  format: "jpeg" | "webp";
  focus: Focus;
}

type Hero = Pick<Article, "heroImage" | "heroFocus">;

/**
 * Every crop is named after the hero and its focus, not the article: translations share the hero, so they share its
 * crops instead of publishing byte-identical copies per language, unless one moves the focus. Digits (a hash of the
 * hero's site path), because the search index reads the thumbnail's path as page metadata and matches words in it.
 */
function heroDigits({ heroImage, heroFocus }: Hero): string {
  // Normalized, so /images//a.jpg and /images/a.jpg (one file) do not publish the same card twice; a centred hero
  // keeps the name it had before focus existed.
  const normalized = path.posix.normalize(heroImage);
  const key = isCentered(heroFocus) ? normalized : `${normalized}#${heroFocus.x},${heroFocus.y}`;
  const digest = createHash("sha1").update(key).digest("hex");
  return BigInt(`0x${digest.slice(0, 13)}`).toString(10);
}

/** /images/social/<digits>.jpg: the 1200×630 card cut from the hero, one for every article that shows it. */
export function socialImagePath(hero: Hero): string {
  return `${imageUrlPrefix}social/${heroDigits(hero)}.jpg`;
}

/** The card as head metadata names it: an absolute URL, as og:image and twitter:image require. */
export function socialImage(article: Hero & Pick<Article, "title" | "heroAlt">, siteUrl: string): SocialImage {
  return {
    url: absoluteUrl(siteUrl, socialImagePath(article)),
    ...socialCardSize,
    alt: article.heroAlt ?? article.title,
  };
}

/** /images/thumbs/<digits>.webp: the hero's small 16:9 WebP for search results (src/images/policy.ts says how small). */
export function heroThumbnailPath(hero: Hero): string {
  return `${imageUrlPrefix}thumbs/${heroDigits(hero)}.webp`;
}

/** /images/shapes/<digits>-16x9.jpg and its 4:3 and 1:1 siblings, for the article's structured data. */
export function searchEngineImages(hero: Hero): HeroCrop[] {
  const digits = heroDigits(hero);
  return searchEngineShapes.map(({ name, width, height }) => ({
    kind: "shape",
    path: `${imageUrlPrefix}shapes/${digits}-${name}.jpg`,
    width,
    height,
    format: "jpeg",
    focus: hero.heroFocus,
  }));
}

/** The social card as the pipeline cuts it. */
export function socialCardCrop(hero: Hero): HeroCrop {
  return { kind: "card", path: socialImagePath(hero), ...socialCardSize, format: "jpeg", focus: hero.heroFocus };
}

/** Everything the pipeline cuts from an article's hero, at the addresses above. */
export function heroCrops(hero: Hero): HeroCrop[] {
  return [
    socialCardCrop(hero),
    ...searchEngineImages(hero),
    { kind: "thumbnail", path: heroThumbnailPath(hero), ...thumbnailSize, format: "webp", focus: hero.heroFocus },
  ];
}

/** How a hero's <img> tells the pipeline to cut its crops: its focus, as "x y" per cent (data-hero-crops). */
export function heroCropsAttribute(focus: Focus): string {
  return `${focus.x} ${focus.y}`;
}

/** The focus a page's data-hero-crops names, or undefined for an attribute the layouts never write. */
export function focusOfAttribute(value: string): Focus | undefined {
  const match = /^(\d{1,3}) (\d{1,3})$/.exec(value);
  return match ? { x: Number(match[1]), y: Number(match[2]) } : undefined;
}
