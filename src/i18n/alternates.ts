// Which built pages are the same page in another language: hreflang links in <head> and in the sitemap.
import type { CollectionItem } from "@11ty/eleventy";
import { absoluteUrl } from "../seo/absolute-url.ts";
import type { SiteLanguages } from "../content/languages.ts";

/** A page search engines should see, with what ties it to its translations. */
export interface SitePage {
  url: string;
  lang: string;
  translationKey: string;
  /** The article's updatedDate or pubDate; list pages have none. */
  /** The day of the article's last change in the site's time zone (SiteDate.day). */
  lastModified?: string;
}

export interface AlternateLink {
  /** A declared language code, or "x-default". */
  hreflang: string;
  href: string;
}

/**
 * A page's explicit `translationKey` (for pages whose URLs differ between languages, such as category slugs), else
 * its URL without the language segment: /ru/blog/x/ and /en/blog/x/ are both /blog/x/.
 */
export function translationKeyOf(url: string, lang: string, explicit?: unknown): string {
  if (typeof explicit === "string" && explicit !== "") return explicit;
  const prefix = `/${lang}/`;
  return url.startsWith(prefix) ? url.slice(prefix.length - 1) : url;
}

const isHtmlPage = (url: unknown): url is string => typeof url === "string" && (url.endsWith("/") || url.endsWith(".html"));

const sitePagesCache = new WeakMap<readonly CollectionItem[], SitePage[]>();

/** The collections sitePages reads: Eleventy's `all`, and every list page, which Eleventy does not render. */
export interface SiteCollections {
  all: readonly CollectionItem[];
  /** collections.listPages: thousands of pages on a large site (content/pages/list-pages.11ty.tsx writes them). */
  listPages?: ReadonlyArray<Pick<SitePage, "url" | "lang" | "translationKey">>;
}

/**
 * Every HTML page of the build that may be indexed: Eleventy's `collections.all` (`noindex: true` pages are left out),
 * then every list page.
 */
export function sitePages({ all, listPages: lists = [] }: SiteCollections): SitePage[] {
  let pages = sitePagesCache.get(all);
  if (!pages) {
    const listPages = lists.map(({ url, lang, translationKey }) => ({ url, lang, translationKey }));
    pages = all
      .flatMap((item): SitePage[] => {
        const { url, data } = item;
        if (!isHtmlPage(url) || data.noindex === true) return [];
        const lang = data.page.lang ?? "";
        const lastModified = (data.article as { dates?: { modified: { day: string } } } | undefined)?.dates?.modified.day;
        return [{ url, lang, translationKey: translationKeyOf(url, lang, data.translationKey), lastModified }];
      })
      .concat(listPages);
    sitePagesCache.set(all, pages);
  }
  return pages;
}

const indexCache = new WeakMap<readonly SitePage[], Map<string, Map<string, string>>>();

/** translationKey → (language → URL); the first page wins if two claim the same key and language. */
function translationIndex(pages: readonly SitePage[]): Map<string, Map<string, string>> {
  let index = indexCache.get(pages);
  if (!index) {
    index = new Map();
    for (const page of pages) {
      const versions = index.get(page.translationKey) ?? new Map<string, string>();
      if (!versions.has(page.lang)) versions.set(page.lang, page.url);
      index.set(page.translationKey, versions);
    }
    indexCache.set(pages, index);
  }
  return index;
}

/** language → URL of every version of the page, its own included. */
export function versionsOfPage(page: Pick<SitePage, "translationKey">, pages: readonly SitePage[]): Map<string, string> {
  return translationIndex(pages).get(page.translationKey) ?? new Map();
}

/**
 * hreflang links in declared-language order, then x-default: the default language's version, or, for a page written
 * only in other languages, its first version in declared order, so every page names the one to show a reader whose
 * language it lacks. Hrefs are absolute, as search engines require.
 */
export function alternateLinks(versions: ReadonlyMap<string, string>, languages: SiteLanguages, siteUrl: string): AlternateLink[] {
  const links = languages.languages.flatMap(({ code }) => {
    const url = versions.get(code);
    return url ? [{ hreflang: code, href: absoluteUrl(siteUrl, url) }] : [];
  });
  const defaultVersion = versions.get(languages.defaultLanguage);
  const shown = defaultVersion ? absoluteUrl(siteUrl, defaultVersion) : links[0]?.href;
  if (shown) links.push({ hreflang: "x-default", href: shown });
  return links;
}
