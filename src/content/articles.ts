// What an article is: where it lives (content/<lang>/blog/<slug>.md), what it says about itself, and its checks.
import { existsSync } from "node:fs";
import path from "node:path";
import type { CollectionApi } from "@11ty/eleventy";
import { strayFieldProblems, strayFieldsKey } from "./article-fields.ts";
import { validateFrontMatter, type ArticleFrontMatter } from "./schema.ts";
import { categoryProblem, type Category } from "./categories.ts";
import { authorProblem, type Author } from "./authors.ts";
import { hasTimeOfDay, siteDate, type SiteDate } from "./dates.ts";
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

/** A date readers see: `withTime` when the front matter gave a time of day, so the page shows it too. */
export interface ShownDate extends SiteDate {
  withTime?: true;
}

/** A dated note saying what was corrected, shown at the end of the article and on the corrections page. */
export interface Correction {
  date: ShownDate;
  note: string;
}

export interface Article extends Omit<ArticleFrontMatter, "corrections">, ArticleLocation {
  url: string;
  inputPath: string;
  /**
   * Its dates as the site's time zone writes them. `updated` is the later of updatedDate and the last correction, so a
   * correction bumps the page's "Updated", dateModified and the feeds' updated at once; `modified` is that, or else
   * the publication.
   */
  dates: { published: SiteDate; updated?: ShownDate; modified: SiteDate };
  /** Oldest first. */
  corrections: Correction[];
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
  /** _data/authors.json, likewise: every byline name must be one of its authors' names in the article's language. */
  authors?: readonly Author[];
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
  // Authors too: an undeclared name is reported beside the other fields' problems.
  if (context.authors && declared.includes(location.lang)) {
    const names = typeof data.author === "string" ? [data.author] : Array.isArray(data.author) ? data.author : [];
    names.forEach((name: unknown, index) => {
      if (typeof name !== "string" || name.trim() === "") return;
      const field = typeof data.author === "string" ? "author" : `author[${index}]`;
      const undeclared = authorProblem(file, field, location.lang, name.trim(), context.authors ?? []);
      if (undeclared) problems.push(undeclared);
    });
  }
  if (!result.ok) return problems;
  const { pubDate, updatedDate } = result.frontMatter;
  if (updatedDate && updatedDate < pubDate) {
    problems.push(problemLine(file, "updatedDate", "a date on or after pubDate", describeFound(data.updatedDate)));
  }
  result.frontMatter.corrections.forEach((correction, index) => {
    if (correction.date < pubDate) {
      const written = (data.corrections as Array<Record<string, unknown>>)[index]?.date;
      problems.push(problemLine(file, `corrections[${index}].date`, "a date on or after pubDate", describeFound(written)));
    }
  });
  problems.push(...provenanceProblems(file, result.frontMatter));
  problems.push(...seriesFieldProblems(file, result.frontMatter));
  return problems;
}

/** Who made a translation is said only of a translation, and each way of making one names whom it needs. */
function provenanceProblems(file: string, fields: ArticleFrontMatter): string[] {
  const problems: string[] = [];
  const onlyInTranslation = "only in a translation (a file with translatedFrom, as npm run translate writes it)";
  for (const field of ["translation", "translator", "reviewedBy"] as const) {
    if (fields[field] !== undefined && fields.translatedFrom === undefined) {
      problems.push(problemLine(file, field, onlyInTranslation, describeFound(fields[field])));
    }
  }
  const missing = describeFound(undefined);
  if (fields.editedBy !== undefined && fields.aiAssistance === undefined) {
    const expected = '"drafted" or "generated", since editedBy names who edited what AI wrote';
    problems.push(problemLine(file, "aiAssistance", expected, missing));
  }
  if (fields.translatedFrom === undefined) return problems;
  if (fields.translation === "human" && fields.translator === undefined) {
    problems.push(problemLine(file, "translator", 'the name of the person who translated it, with translation: "human"', missing));
  }
  if (fields.translation === "machine-reviewed" && fields.reviewedBy === undefined) {
    const expected = 'the name of the person who reviewed the machine translation, with translation: "machine-reviewed"';
    problems.push(problemLine(file, "reviewedBy", expected, missing));
  }
  if (fields.reviewedBy !== undefined && fields.translation !== "machine-reviewed") {
    const expected = '"machine-reviewed", since reviewedBy names who reviewed a machine translation';
    problems.push(problemLine(file, "translation", expected, describeFound(fields.translation)));
  }
  return problems;
}

/** A front matter date as shown: its site date, marked when the editor wrote a time of day. */
function shownDate(date: Date, written: unknown, timeZone: string): ShownDate {
  const shown: ShownDate = siteDate(date, timeZone);
  if (typeof written === "string" && hasTimeOfDay(written)) shown.withTime = true;
  return shown;
}

/** The article as layouts and lists use it, or undefined while its front matter is invalid (checkArticle says why). */
export function toArticle(inputPath: string, data: Record<string, unknown>, context: ArticleCheckContext): Article | undefined {
  const location = locateArticle(inputPath, context.inputDir);
  const result = validateFrontMatter(displayPath(inputPath), data, context.timeZone);
  if (!location || !result.ok) return undefined;
  const { pubDate, updatedDate } = result.frontMatter;
  const written = (data.corrections ?? []) as Array<Record<string, unknown>>;
  const corrections = result.frontMatter.corrections
    .map((correction, index) => ({
      at: correction.date,
      date: shownDate(correction.date, written[index]?.date, context.timeZone),
      note: correction.note,
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = [
    ...(updatedDate ? [{ at: updatedDate, date: shownDate(updatedDate, data.updatedDate, context.timeZone) }] : []),
    ...corrections,
  ].reduce<{ at: Date; date: ShownDate } | undefined>((a, b) => (a && a.at >= b.at ? a : b), undefined);
  const published = siteDate(pubDate, context.timeZone);
  const updated = latest?.date;
  const dates = { published, ...(updated ? { updated } : {}), modified: updated ?? published };
  return {
    ...result.frontMatter,
    ...location,
    url: articleUrl(location),
    inputPath,
    dates,
    corrections: corrections.map(({ date, note }) => ({ date, note })),
  };
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
