// Languages and translations: page.lang from each URL's first segment, a start-up check of every UI dictionary, and a
// page in every declared language for every article (its translation or a "not yet translated" notice).
import type { UserConfig } from "@11ty/eleventy";
import { publishedArticles } from "../content/articles.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { languagePreference, missingTranslations } from "./translations.ts";
import { checkDictionaries } from "./dictionaries.ts";

export function i18nPlugin(
  eleventyConfig: UserConfig,
  options: {
    languages: SiteLanguages;
    dataDir: string;
    /** The languages this build renders (npm run build -- --lang). */
    built: string[];
  },
): void {
  // The per-language pages that carry articles (feeds, notices, word lists) are made for these only.
  const built = new Set(options.built);
  eleventyConfig.addGlobalData(
    "builtLanguages",
    options.languages.languages.filter(({ code }) => built.has(code)),
  );
  // Not Eleventy's I18nPlugin: nothing here uses its locale_url or locale_links filters, yet it BCP 47-normalizes every
  // URL segment of every page once a build (0.9 s of 14 for 2,000 articles in a CPU profile) and each page's
  // page.lang again. The languages are declared, so a lookup gives the same page.lang (the sitemap reads it).
  const declared = new Set(options.languages.languages.map(({ code }) => code));
  eleventyConfig.addGlobalData("eleventyComputed.page.lang", () => (data: { page: { url: string | false } }) => {
    const first = typeof data.page.url === "string" ? (data.page.url.split("/")[1] ?? "") : "";
    return declared.has(first) ? first : options.languages.defaultLanguage;
  });
  checkDictionaries(options.languages, options.dataDir);
  // Again before every dev-server build: a dictionary saved broken is then one line, not Eleventy's failed data
  // cascade, after which its incremental builds failed ("templateRender has not yet initialized") until a restart.
  eleventyConfig.on("eleventy.before", () => checkDictionaries(options.languages, options.dataDir));
  const preference = languagePreference(options.languages);
  // The notices themselves are excluded from collections, so they never list, feed or index themselves.
  eleventyConfig.addCollection("missingTranslations", (api) => {
    const takenUrls = new Set(api.getAll().flatMap((item) => (item.url ? [item.url] : [])));
    return missingTranslations(publishedArticles(api), preference, takenUrls).filter((notice) => built.has(notice.lang));
  });
}
