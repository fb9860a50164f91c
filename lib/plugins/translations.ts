// Translations: every article gets a page in every declared language, its translation or a "not yet translated" notice.
import type { UserConfig } from "@11ty/eleventy";
import type { SiteLanguages } from "../languages.ts";
import { languagePreference, missingTranslations } from "../translations.ts";
import { publishedArticles } from "./collections.ts";

export function translationsPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages }): void {
  const preference = languagePreference(options.languages);
  // The notices themselves are excluded from collections, so they never list, feed or index themselves.
  eleventyConfig.addCollection("missingTranslations", (api) => {
    const takenUrls = new Set(api.getAll().flatMap((item) => (item.url ? [item.url] : [])));
    return missingTranslations(publishedArticles(api), preference, takenUrls);
  });
}
