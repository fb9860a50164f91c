// What an article is: where it lives (content/<lang>/blog/<slug>.md), what it says about itself, and its checks.
import { existsSync } from "node:fs";
import path from "node:path";
import type { CollectionApi } from "@11ty/eleventy";
import { strayFieldProblems, strayFieldsKey } from "./article-fields.ts";
import { validateFrontMatter, type ArticleFrontMatter } from "./schema.ts";
import { categoryProblem, type Category } from "./categories.ts";
import { siteDate, type SiteDate } from "./dates.ts";
import { describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import { languageCodes, type SiteLanguages } from "./languages.ts";
import { slugPattern } from "./slugs.ts";
import { checkPublisherPage, locatePublisherPage } from "./publisher-pages.ts";
import { seriesFieldProblems } from "./series-fields.ts";
import { byCodeUnits } from "./text-order.ts";

export interface ArticleLocation {
  lang: string;
  slug: string;
}

export interface Article extends ArticleFrontMatter, ArticleLocation {
  url: string;
  inputPath: string;
  /** Its dates as the site's time zone writes them; `modified` is the update, or else the publication. */
  dates: { published: SiteDate; updated?: SiteDate; modified: SiteDate };
}

/** `content/en/blog/fast-model.md` → { lang: "en", slug: "fast-model" }, or undefined when it is not an article path. */
export function locateArticle(inputPath: string, inputDir: string): ArticleLocation | undefined {
  const parts = path.relative(inputDir, inputPath).split(path.sep);
  if (parts.length !== 3 || parts[1] !== "blog" || !parts[2]?.endsWith(".md")) return undefined;
  return { lang: parts[0] ?? "", slug: path.basename(parts[2], ".md") };
}

export function articleUrl(location: ArticleLocation): string {
  return `/${location.lang}/blog/${location.slug}/`;
}

/** Where one language's articleUrl pages are written, relative to the output folder: the search index reads these. */
export const articleFilesGlobOf = (lang: string): string => `${lang}/blog/*/index.html`;

export interface ArticleCheckContext {
  inputDir: string;
  languages: SiteLanguages;
  /** _data/categories.json; the build always passes it, tools that only read front matter may leave it out. */
  categories?: readonly Category[];
  /** _data/site.ts's timeZone: a day in front matter is that day there, and dates are shown there. */
  timeZone: string;
}

/** Every problem with one article, as editor-facing lines; an empty list means it may be published. */
export function checkArticle(inputPath: string, data: Record<string, unknown>, context: ArticleCheckContext): string[] {
  const file = displayPath(inputPath);
  if (locatePublisherPage(inputPath, context.inputDir)) return checkPublisherPage(inputPath, data, context);
  const location = locateArticle(inputPath, context.inputDir);
  if (!location) {
    const where = path.relative(context.inputDir, inputPath);
    const expected = "an article at <language>/blog/<slug>.md or a publisher page at <language>/pages/<slug>.md";
    return [problemLine(file, "location", expected, describeFound(where))];
  }
  const problems: string[] = [];
  const declared = languageCodes(context.languages);
  if (!declared.includes(location.lang)) {
    const expected = `a language folder declared in _data/languages.json (${declared.join(", ")})`;
    problems.push(problemLine(file, "language folder", expected, describeFound(location.lang)));
  }
  if (!slugPattern.test(location.slug)) {
    problems.push(problemLine(file, "file name", "a Latin slug such as fast-code-model.md", describeFound(location.slug)));
  }
  problems.push(...strayFieldProblems(file, data[strayFieldsKey]));
  // Eleventy sets page.rawInput, the markdown after the front matter, before its data hook runs.
  const body = (data.page as { rawInput?: unknown } | undefined)?.rawInput;
  if (typeof body === "string" && body.trim() === "") {
    problems.push(problemLine(file, "body", "the article's text after the front matter", "an empty body"));
  }
  const result = validateFrontMatter(file, data, context.timeZone);
  if (!result.ok) problems.push(...result.problems);
  const heroImage = data.heroImage;
  if (typeof heroImage === "string" && heroImage.startsWith("/images/") && !existsSync(path.join(context.inputDir, heroImage))) {
    const expected = `an image file at ${path.join(displayPath(context.inputDir), heroImage)}`;
    problems.push(problemLine(file, "heroImage", expected, `"${heroImage}" (no such file)`));
  }
  // The category is checked even when other fields are wrong: every problem of the file in one build.
  const category = typeof data.category === "string" ? data.category.trim() : "";
  if (category && context.categories && declared.includes(location.lang)) {
    const unknownCategory = categoryProblem(file, location.lang, category, context.categories);
    if (unknownCategory) problems.push(unknownCategory);
  }
  if (!result.ok) return problems;
  const { pubDate, updatedDate } = result.frontMatter;
  if (updatedDate && updatedDate < pubDate) {
    problems.push(problemLine(file, "updatedDate", "a date on or after pubDate", describeFound(data.updatedDate)));
  }
  problems.push(...seriesFieldProblems(file, result.frontMatter));
  return problems;
}

/** The article as layouts and lists use it, or undefined while its front matter is invalid (checkArticle says why). */
export function toArticle(inputPath: string, data: Record<string, unknown>, context: ArticleCheckContext): Article | undefined {
  const location = locateArticle(inputPath, context.inputDir);
  const result = validateFrontMatter(displayPath(inputPath), data, context.timeZone);
  if (!location || !result.ok) return undefined;
  const { pubDate, updatedDate } = result.frontMatter;
  const published = siteDate(pubDate, context.timeZone);
  const updated = updatedDate ? siteDate(updatedDate, context.timeZone) : undefined;
  const dates = { published, ...(updated ? { updated } : {}), modified: updated ?? published };
  return { ...result.frontMatter, ...location, url: articleUrl(location), inputPath, dates };
}

/**
 * Newest first; the same moment falls back to the title, then the URL, by code unit: the order never depends on the
 * file system, nor on the build machine's locale (localeCompare put Cyrillic titles first only where LANG was ru_RU).
 */
export function byNewest(a: Pick<Article, "pubDate" | "title" | "url">, b: Pick<Article, "pubDate" | "title" | "url">): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || byCodeUnits(a.title, b.title) || byCodeUnits(a.url, b.url);
}

/** Not out yet: a production build leaves it out until a build after its pubDate (the dev server shows it). */
export function isScheduled(article: Pick<Article, "pubDate">, now = new Date()): boolean {
  return article.pubDate > now;
}

/** The articles a build publishes (drafts have no URL in production), newest first: what every list starts from. */
export function publishedArticles(api: CollectionApi): Article[] {
  return api
    .getAll()
    .filter((item) => item.url && item.data.article)
    .map((item) => item.data.article as Article)
    .sort(byNewest);
}
