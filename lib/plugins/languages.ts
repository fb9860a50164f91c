// Languages: page.lang from each URL's first segment, plus a start-up check of every UI dictionary.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { EditorError } from "../editor-error.ts";
import type { SiteLanguages } from "../languages.ts";
import { dictionaryProblems } from "../ui-strings.ts";

export function languagesPlugin(eleventyConfig: UserConfig, options: { languages: SiteLanguages; dataDir: string }): void {
  // Not Eleventy's I18nPlugin: its page.lang BCP 47-normalizes each URL's first segment (about 0.1 ms a page), and
  // after every build it maps all URLs to their locales for locale_url/locale_links, filters no page here uses (0.8 s
  // of each 2,000-article dev-server rebuild, profiled). The languages are declared, so a lookup gives page.lang.
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
