// What every page's <head> says about it: canonical URL, hreflang alternates, feeds, OpenGraph and Twitter card.
import { absoluteUrl } from "./absolute-url.ts";
import {
  alternateLinks,
  sitePages,
  translationKeyOf,
  versionsOfPage,
  type AlternateLink,
  type SiteCollections,
} from "../i18n/alternates.ts";
import { feedLinks, type FeedLink } from "./feeds.ts";
import { requireLanguage, type SiteLanguages } from "../content/languages.ts";
import type { SocialImage } from "../images/derived.ts";
import type { SiteSettings } from "../render/site-data.ts";

/** The Eleventy data pageMeta reads: the page's URL and flags, and the site-wide settings. */
export interface PageMetaData {
  site: SiteSettings;
  languages: SiteLanguages;
  /** `false` for a page that is rendered but never written (a draft in a production build). */
  page: { url: string | false };
  collections: SiteCollections;
  /** Ties pages whose URLs differ between languages (see src/i18n/alternates.ts). */
  translationKey?: unknown;
  /** Pages such as 404 that search engines should neither index nor find in the sitemap. */
  noindex?: unknown;
}

export interface PageMetaOptions {
  lang: string;
  siteName: string;
  /** Without the site name. */
  title: string;
  description: string;
  type?: "website" | "article";
  /** RFC 3339 with the site's offset (SiteDate.dateTime). */
  published?: string;
  modified?: string;
}

/** [property or name, content] pairs, rendered in order. */
export type MetaPair = readonly [string, string];

export interface PageMeta {
  /** Absent on noindex pages: a 404 has no canonical version. */
  canonical?: string;
  robots?: string;
  alternates: AlternateLink[];
  feeds: FeedLink[];
  openGraph: MetaPair[];
  twitter: MetaPair[];
  /** The site's default card image; an article's own image replaces it (Base's socialImage slot). */
  defaultImage: SocialImage;
}

/** `ru-RU` → `ru_RU`, the form OpenGraph expects. */
export const openGraphLocale = (locale: string): string => locale.replace(/-/g, "_");

export function pageMeta(data: PageMetaData, options: PageMetaOptions): PageMeta {
  const { site, languages } = data;
  const ownUrl = data.page.url;
  const noindex = data.noindex === true || ownUrl === false;
  const url = absoluteUrl(site.url, ownUrl || `/${options.lang}/`);
  const key = translationKeyOf(ownUrl || "", options.lang, data.translationKey);
  const versions = new Map(noindex ? [] : versionsOfPage({ translationKey: key }, sitePages(data.collections)));
  if (!noindex && ownUrl) versions.set(options.lang, ownUrl); // the page itself, even when it is not in collections.all
  const locale = requireLanguage(languages, options.lang).locale;
  const otherLocales = [...versions.keys()].filter((code) => code !== options.lang).map((code) => requireLanguage(languages, code).locale);
  const openGraph: MetaPair[] = [
    ["og:type", options.type ?? "website"],
    ["og:site_name", options.siteName],
    ["og:title", options.title],
    ["og:description", options.description],
    ["og:url", url],
    ["og:locale", openGraphLocale(locale)],
    ...otherLocales.map((other): MetaPair => ["og:locale:alternate", openGraphLocale(other)]),
    ...(options.published ? [["article:published_time", options.published] as const] : []),
    ...(options.modified ? [["article:modified_time", options.modified] as const] : []),
  ];
  return {
    canonical: noindex ? undefined : url,
    robots: noindex ? "noindex" : undefined,
    alternates: alternateLinks(versions, languages, site.url),
    feeds: feedLinks(options.lang, options.siteName),
    openGraph,
    twitter: [
      ["twitter:card", "summary_large_image"],
      ["twitter:title", options.title],
      ["twitter:description", options.description],
    ],
    defaultImage: {
      url: absoluteUrl(site.url, site.socialImage.src),
      width: site.socialImage.width,
      height: site.socialImage.height,
      alt: options.siteName,
    },
  };
}
