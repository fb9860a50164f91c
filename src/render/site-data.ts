// The global data every template receives (from _data/), typed once for the layouts.
import type { Category } from "../content/categories.ts";
import type { Author } from "../content/authors.ts";
import { requireLanguage, type Language, type SiteLanguages } from "../content/languages.ts";
import type { UiStrings } from "../i18n/ui-strings.ts";
import type { CollectionItem } from "@11ty/eleventy";
import type { Article } from "../content/articles.ts";
import type { ListPageEntry } from "../lists/list-pages.ts";
import type { PublisherPage } from "../content/publisher-pages.ts";

export interface SiteSettings {
  /** Absolute URL of the deployed site, without a trailing slash; SITE_URL overrides it. */
  url: string;
  articlesPerPage: number;
  /** How many `featured: true` articles, the newest, each language's home pins above its list (0: none; 3 if unset). */
  featuredOnHome?: number;
  /** How many of the newest articles each language's feeds carry, in full. */
  feedSize: number;
  /** The social card image of pages that have none of their own (site-absolute path and its pixel size). */
  socialImage: { src: string; width: number; height: number };
  /** The newsroom's IANA time zone: a front matter day is that day there, and every date is shown there. */
  timeZone: string;
  /** The most files the host accepts in one deployment: a build publishing more warns (and still publishes). */
  fileLimit?: number;
  /** A WebSub hub's absolute URL: the feeds name it (rel="hub") and `npm run ping` tells it of each deploy. */
  websubHub?: string;
}

export interface GlobalData {
  site: SiteSettings;
  languages: SiteLanguages;
  /** The languages whose pages this build renders: all, or the one of npm run build -- --lang. */
  builtLanguages: Language[];
  i18n: Record<string, UiStrings>;
  /** _data/categories.json, checked by src/content/categories.ts. */
  categories: Category[];
  /** _data/authors.json, checked by src/content/authors.ts. */
  authors: Author[];
  /** _data/synonyms.json, checked by src/search/shared/synonyms.ts where it is used. */
  synonyms?: unknown;
}

/** What every .11ty.tsx template and layout receives from Eleventy. */
export interface TemplateData extends GlobalData {
  inlineCss: string;
  page: { url: string; inputPath: string; lang?: string };
  collections: { all: CollectionItem[]; articles: Article[]; listPages?: ListPageEntry[]; publisherPages?: PublisherPage[] };
  /** Ties a page to its translations when their URLs differ by more than the language (src/i18n/alternates.ts). */
  translationKey?: string;
  /** Kept out of search engines and the sitemap (404 pages, the root redirect). */
  noindex?: boolean;
}

/** The language record and UI strings of one page. */
export function pageLanguage(data: GlobalData, lang: string): { language: Language; strings: UiStrings } {
  const strings = data.i18n[lang];
  if (!strings) throw new Error(`No UI strings for "${lang}" in _data/i18n/`);
  return { language: requireLanguage(data.languages, lang), strings };
}
