// The publisher's pages (about, editorial policy, corrections policy, contact): markdown at <language>/pages/<slug>.md.
import path from "node:path";
import { articleFields } from "./schema.ts";
import { strayFieldProblems, strayFieldsKey } from "./article-fields.ts";
import { parseArticleDate, siteDate, type SiteDate } from "./dates.ts";
import { describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import { languageCodes, type SiteLanguages } from "./languages.ts";
import { slugPattern } from "./slugs.ts";

/** The pages a news publisher is expected to have; each is described in the publisher's JSON-LD by its file name. */
export const publisherRoles = ["about", "editorial-policy", "corrections-policy", "contact"] as const;
export type PublisherRole = (typeof publisherRoles)[number];

// Addresses under /<language>/ that the site's own pages take.
const reservedSlugs = new Set(["blog", "search", "tags", "authors", "categories", "archive", "corrections", "feed", "pagefind"]);
const fields = ["title", "description", "updatedDate"];

export interface PublisherPageLocation {
  lang: string;
  slug: string;
}

export interface PublisherPage extends PublisherPageLocation {
  url: string;
  title: string;
  description: string;
  role?: PublisherRole;
  updated?: SiteDate;
}

export function locatePublisherPage(inputPath: string, inputDir: string): PublisherPageLocation | undefined {
  const parts = path.relative(inputDir, inputPath).split(path.sep);
  if (parts.length !== 3 || parts[1] !== "pages" || !parts[2]?.endsWith(".md")) return undefined;
  return { lang: parts[0] ?? "", slug: path.basename(parts[2], ".md") };
}

export const publisherPageUrl = ({ lang, slug }: PublisherPageLocation): string => `/${lang}/${slug}/`;

const roleOf = (slug: string): PublisherRole | undefined => publisherRoles.find((role) => role === slug);

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "" && !/\p{Cc}/u.test(value);

/** Every problem with one publisher page, as editor-facing lines. */
export function checkPublisherPage(
  inputPath: string,
  data: Record<string, unknown>,
  context: { inputDir: string; languages: SiteLanguages; timeZone: string },
): string[] {
  const file = displayPath(inputPath);
  const location = locatePublisherPage(inputPath, context.inputDir);
  if (!location) return [];
  const problems: string[] = [];
  const declared = languageCodes(context.languages);
  if (!declared.includes(location.lang)) {
    const expected = `a language folder declared in _data/languages.json (${declared.join(", ")})`;
    problems.push(problemLine(file, "language folder", expected, describeFound(location.lang)));
  }
  if (!slugPattern.test(location.slug) || reservedSlugs.has(location.slug)) {
    const expected = `a Latin slug such as about.md, not one of the site's own addresses (${[...reservedSlugs].join(", ")})`;
    problems.push(problemLine(file, "file name", expected, describeFound(location.slug)));
  }
  problems.push(...strayFieldProblems(file, data[strayFieldsKey]));
  for (const field of articleFields) {
    if (
      !fields.includes(field) &&
      data[field] !== undefined &&
      data[field] !== null &&
      !(field === "tags" && Array.isArray(data[field]) && (data[field] as unknown[]).length === 0)
    ) {
      problems.push(problemLine(file, field, `only ${fields.join(", ")} on a publisher page`, describeFound(data[field])));
    }
  }
  if (!isText(data.title) || data.title.trim().length > 200) {
    problems.push(problemLine(file, "title", "a non-empty title of at most 200 characters", describeFound(data.title)));
  }
  if (!isText(data.description) || data.description.trim().length > 300) {
    problems.push(
      problemLine(file, "description", "a one-sentence description of at most 300 characters", describeFound(data.description)),
    );
  }
  if (data.updatedDate !== undefined && data.updatedDate !== null) {
    const parsed = typeof data.updatedDate === "string" ? parseArticleDate(data.updatedDate, context.timeZone) : undefined;
    if (!parsed?.ok)
      problems.push(problemLine(file, "updatedDate", "a real calendar date written as YYYY-MM-DD", describeFound(data.updatedDate)));
  }
  return problems;
}

/** The page as the layout, the footer and the JSON-LD use it, or undefined while checkPublisherPage has problems. */
export function toPublisherPage(
  inputPath: string,
  data: Record<string, unknown>,
  context: { inputDir: string; timeZone: string },
): PublisherPage | undefined {
  const location = locatePublisherPage(inputPath, context.inputDir);
  if (!location || !isText(data.title) || !isText(data.description)) return undefined;
  const parsed = typeof data.updatedDate === "string" ? parseArticleDate(data.updatedDate, context.timeZone) : undefined;
  const role = roleOf(location.slug);
  return {
    ...location,
    url: publisherPageUrl(location),
    title: data.title.trim(),
    description: data.description.trim(),
    ...(role ? { role } : {}),
    ...(parsed?.ok ? { updated: siteDate(parsed.date, context.timeZone) } : {}),
  };
}

/** One language's publisher pages in the order of publisherRoles, then any others by slug: the footer's links. */
export function publisherPagesOf(pages: readonly PublisherPage[], lang: string): PublisherPage[] {
  const rank = (page: PublisherPage): number => (page.role ? publisherRoles.indexOf(page.role) : publisherRoles.length);
  return pages.filter((page) => page.lang === lang).sort((a, b) => rank(a) - rank(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
