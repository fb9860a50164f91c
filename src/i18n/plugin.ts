// Languages and translations: page.lang from each URL's first segment, a start-up check of every UI dictionary, and a
// page in every declared language for every article (its translation or a "not yet translated" notice).
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { EditorError } from "../content/editor-error.ts";
import { publishedArticles } from "../content/articles.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { languagePreference, missingTranslations } from "./translations.ts";
import { dictionaryProblems } from "./ui-strings.ts";

export function i18nPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages; dataDir: string }): void {
  // Not Eleventy's I18nPlugin: nothing here uses its locale_url or locale_links filters, yet it BCP 47-normalizes every
  // URL segment of every page once a build (0.9 s of 14 for 2,000 articles in a CPU profile) and each page's
  // page.lang again. The languages are declared, so a lookup gives the same page.lang (the sitemap reads it).
  const declared = new Set(options.languages.languages.map(({ code }) => code));
  eleventyConfig.addGlobalData("eleventyComputed.page.lang", () => (data: { page: { url: string | false } }) => {
    const first = typeof data.page.url === "string" ? (data.page.url.split("/")[1] ?? "") : "";
    return declared.has(first) ? first : options.languages.defaultLanguage;
  });
  const problems = options.languages.languages.flatMap(({ code }) => {
    const file = path.join(options.dataDir, "i18n", `${code}.json`);
    if (!existsSync(file)) return [`${file}: file: expected the UI strings of "${code}", found no such file`];
    return dictionaryProblems(file, JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
  });
  if (problems.length > 0) throw new EditorError(problems);
  const preference = languagePreference(options.languages);
  // The notices themselves are excluded from collections, so they never list, feed or index themselves.
  eleventyConfig.addCollection("missingTranslations", (api) => {
    const takenUrls = new Set(api.getAll().flatMap((item) => (item.url ? [item.url] : [])));
    return missingTranslations(publishedArticles(api), preference, takenUrls);
  });
}
