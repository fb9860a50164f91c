// The global data every template receives (from _data/), typed once for the layouts.
import { requireLanguage, type Language, type SiteLanguages } from "./languages.ts";
import type { UiStrings } from "./ui-strings.ts";
import type { Article } from "./articles.ts";
import type { ListPage } from "./pagination.ts";

export interface SiteSettings {
  /** Absolute URL of the deployed site, without a trailing slash; SITE_URL overrides it. */
  url: string;
  articlesPerPage: number;
}

export interface GlobalData {
  site: SiteSettings;
  languages: SiteLanguages;
  i18n: Record<string, UiStrings>;
}


/** What every .11ty.tsx template and layout receives from Eleventy. */
export interface TemplateData extends GlobalData {
  inlineCss: string;
  page: { url: string; inputPath: string; lang?: string };
  collections: { articles: Article[]; homePages: ListPage<Article>[] };
}


/** The language record and UI strings of one page. */
export function pageLanguage(data: GlobalData, lang: string): { language: Language; strings: UiStrings } {
  const strings = data.i18n[lang];
  if (!strings) throw new Error(`No UI strings for "${lang}" in _data/i18n/`);
  return { language: requireLanguage(data.languages, lang), strings };
}
