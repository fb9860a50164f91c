// Content: every article checked before the build, the published articles per language, newest first, and the publisher's pages.
import type { UserConfig } from "@11ty/eleventy";
import { publishedArticles, type Article } from "./articles.ts";
import { loadCategories } from "./categories.ts";
import { loadAuthors } from "./authors.ts";
import { ContentCheck } from "./content-check.ts";
import { siteDate } from "./dates.ts";
import { EditorError } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import type { SiteLanguages } from "./languages.ts";
import type { PublisherPage } from "./publisher-pages.ts";
import { isProductionBuild } from "../publish/run-mode.ts";

let checkNow = (): string[] => [];

/** The check every build starts with, on the files as they are now (npm start's saves without a build run it too). */
export function contentProblems(): string[] {
  return checkNow();
}

export function contentPlugin(
  eleventyConfig: UserConfig,
  options: { languages: SiteLanguages; perPage: number; inputDir: string; dataDir: string; timeZone: string },
): void {
  // Before Eleventy reads a template: it would stop at the first unreadable front matter, one file per build.
  const check = new ContentCheck({ inputDir: options.inputDir, languages: options.languages, timeZone: options.timeZone });
  checkNow = () =>
    check.problems({
      categories: loadCategories(options.dataDir, options.languages),
      authors: loadAuthors(options.dataDir, options.languages),
      includeUnpublished: !isProductionBuild(),
    });
  eleventyConfig.on("eleventy.before", () => {
    const problems = checkNow();
    if (problems.length > 0) throw new EditorError(problems);
    if (isProductionBuild()) {
      const scheduled = check.scheduled();
      if (scheduled.length > 0) console.log(scheduledLine(scheduled, options.timeZone));
    }
  });
  eleventyConfig.addCollection("articles", publishedArticles);
  // Every language's about, policy and contact pages: the footer links them and the publisher's JSON-LD names them.
  eleventyConfig.addCollection("publisherPages", (api): PublisherPage[] =>
    api.getAll().flatMap((item) => (item.url && item.data.publisherPage ? [item.data.publisherPage as PublisherPage] : [])),
  );
}

/** "2 articles scheduled; the next comes out on 2026-12-03 at 10:00 (Europe/Moscow): content/ru/blog/x.md" */
export function scheduledLine(scheduled: readonly Article[], timeZone: string): string {
  const [next] = scheduled;
  if (!next) return "";
  const when = siteDate(next.pubDate, timeZone).dateTime;
  const count = `${scheduled.length} ${scheduled.length === 1 ? "article" : "articles"} scheduled`;
  return `${count} (left out until a build after their pubDate); the next comes out on ${when.slice(0, 10)} at ${when.slice(11, 16)} (${timeZone}): ${displayPath(next.inputPath)}`;
}
