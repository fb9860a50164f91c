// Every article under content/ checked before Eleventy reads one, so a build reports all problems of all files at once.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { keepArticleFields } from "./article-fields.ts";
import { splitArticleSource } from "./article-files.ts";
import { encodingProblem } from "./article-source.ts";
import { checkArticle, isScheduled, locateArticle, toArticle, type Article, type ArticleCheckContext } from "./articles.ts";
import type { Category } from "./categories.ts";
import type { Author } from "./authors.ts";
import { locatePublisherPage } from "./publisher-pages.ts";
import { EditorError, problemLine } from "./editor-error.ts";
import { displayPath, frontMatterData } from "./front-matter.ts";
import { linkedOutside } from "./paths.ts";
import type { SiteLanguages } from "./languages.ts";
import { isSvg, sourceFileOf } from "../images/policy.ts";
import { svgProblems } from "../images/svg-safety.ts";
import { seriesProblems } from "../lists/series-check.ts";
import { listNameProblems } from "../lists/taxonomy.ts";
import { bodyImageProblems } from "../markdown/image-alt.ts";
import { createLanguageMarkdown, type LanguageMarkdown } from "../markdown/renderer.ts";

interface FileCheck {
  /** Size and modification time: a clean file whose stamp is unchanged is not read again (npm start's saves). */
  stamp: string;
  problems: string[];
  article?: Article;
  translatedFrom?: string;
}

export interface ContentCheckRun {
  categories: readonly Category[];
  authors: readonly Author[];
  /** Drafts and scheduled articles count in the dev server only, as in every list. */
  includeUnpublished: boolean;
}

export class ContentCheck {
  private readonly clean = new Map<string, FileCheck>();
  private readonly markdown: LanguageMarkdown;
  private categoriesKey = "";

  constructor(private readonly options: { inputDir: string; languages: SiteLanguages; timeZone: string }) {
    this.markdown = createLanguageMarkdown(options.languages);
  }

  /** Every problem line of every article, file by file in path order, each once. */
  problems(run: ContentCheckRun): string[] {
    // A changed data file changes what every article may name: all are checked again.
    const categoriesKey = JSON.stringify([run.categories, run.authors]);
    if (categoriesKey !== this.categoriesKey) this.clean.clear();
    this.categoriesKey = categoriesKey;
    const context: ArticleCheckContext = { ...this.options, categories: run.categories, authors: run.authors };
    const files = markdownFiles(this.options.inputDir);
    const checks = new Map(files.map((file) => [file, this.checkFile(file, context)]));
    for (const file of this.clean.keys()) if (!checks.has(file)) this.clean.delete(file);
    const problems = new Map([...checks].map(([file, check]) => [file, [...check.problems]]));
    const add = (file: string, lines: readonly string[]): void => {
      problems.get(file)?.push(...lines);
    };
    for (const [file, lines] of orphanTranslations(checks, this.options.inputDir)) add(file, lines);
    const listed = [...checks.values()].flatMap(({ article }) =>
      article && (run.includeUnpublished || !(article.draft || isScheduled(article))) ? [article] : [],
    );
    for (const [file, lines] of listNameProblems(listed)) add(file, lines);
    for (const [file, lines] of seriesProblems(listed)) add(file, lines);
    return [...new Set([...problems.values()].flat())];
  }

  /** The clean articles, not drafts, whose pubDate is still ahead, soonest first (after problems()). */
  scheduled(): Article[] {
    return [...this.clean.values()]
      .flatMap(({ article }) => (article && !article.draft && isScheduled(article) ? [article] : []))
      .sort((a, b) => a.pubDate.getTime() - b.pubDate.getTime());
  }

  private checkFile(file: string, context: ArticleCheckContext): FileCheck {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats)
      return { stamp: "", problems: [problemLine(displayPath(file), "file", "a markdown file", "a link to a file that does not exist")] };
    const stamp = `${stats.size}:${stats.mtimeMs}`;
    const known = this.clean.get(file);
    if (known?.stamp === stamp) return known;
    const check = { stamp, ...this.readAndCheck(file, context) };
    if (check.problems.length === 0) this.clean.set(file, check);
    else this.clean.delete(file);
    return check;
  }

  private readAndCheck(file: string, context: ArticleCheckContext): Omit<FileCheck, "stamp"> {
    // content/ is at the site's root: a link leading out of that folder would publish a file of the machine.
    const outside = linkedOutside(file, path.dirname(context.inputDir));
    if (outside) return { problems: [problemLine(displayPath(file), "file", "a file inside the project", `a link to ${outside}`)] };
    const bytes = readFileSync(file);
    const badBytes = encodingProblem(bytes, displayPath(file));
    if (badBytes) return { problems: [badBytes] };
    // Only the front matter is decoded (the splitter's block ends at the first "\n---"): decoding whole Cyrillic
    // bodies was a quarter of the check's time, and a body is read only for its images.
    const close = bytes.indexOf("\n---", 3);
    const headEnd = close === -1 ? bytes.length : close + 4;
    const bodyBytes = bytes.subarray(headEnd);
    let data: Record<string, unknown>;
    try {
      data = keepArticleFields(frontMatterData(splitArticleSource(bytes.toString("utf8", 0, headEnd), file), file));
    } catch (error) {
      if (error instanceof EditorError) return { problems: error.problems };
      throw error;
    }
    const textStart = bodyBytes.findIndex((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
    // checkArticle needs only to know the body is not blank: its first characters say so.
    const bodyStart = textStart === -1 ? "" : bodyBytes.toString("utf8", textStart, textStart + 64);
    const problems = checkArticle(file, { ...data, page: { rawInput: bodyStart } }, context);
    const hero = typeof data.heroImage === "string" ? sourceFileOf(data.heroImage, context.inputDir) : undefined;
    const heroOutside = hero && existsSync(hero) ? linkedOutside(hero, path.dirname(context.inputDir)) : undefined;
    if (heroOutside) problems.push(problemLine(displayPath(file), "heroImage", "a file inside the project", `a link to ${heroOutside}`));
    else if (hero && isSvg(hero) && existsSync(hero)) problems.push(...svgProblems(hero, displayPath(hero)));
    const location = locateArticle(file, context.inputDir) ?? locatePublisherPage(file, context.inputDir);
    if (location && bodyBytes.includes("![")) {
      const body = bodyBytes.toString("utf8");
      problems.push(...bodyImageProblems(this.markdown.forLanguage(location.lang), body, file, context.inputDir));
    }
    const article = problems.length === 0 ? toArticle(file, data, context) : undefined;
    const translatedFrom = typeof data.translatedFrom === "string" ? data.translatedFrom : undefined;
    return { problems, ...(article ? { article } : {}), ...(translatedFrom ? { translatedFrom } : {}) };
  }
}

/**
 * A translation names its original's fingerprint: with no article of the same slug in another language it would be
 * published as an original, its reader never told it is a translation.
 */
function orphanTranslations(checks: ReadonlyMap<string, FileCheck>, inputDir: string): Map<string, string[]> {
  const languagesBySlug = new Map<string, Set<string>>();
  for (const file of checks.keys()) {
    const location = locateArticle(file, inputDir);
    if (!location) continue;
    languagesBySlug.set(location.slug, (languagesBySlug.get(location.slug) ?? new Set()).add(location.lang));
  }
  const problems = new Map<string, string[]>();
  for (const [file, { translatedFrom }] of checks) {
    const location = locateArticle(file, inputDir);
    if (!translatedFrom || !location || (languagesBySlug.get(location.slug)?.size ?? 0) > 1) continue;
    const expected = `the original article, content/<language>/blog/${location.slug}.md in another language`;
    problems.set(file, [problemLine(displayPath(file), "translatedFrom", expected, "no article of that name in any other language")]);
  }
  return problems;
}

/** The markdown files Eleventy would read: every .md under content/, through folder links as Eleventy follows them. */
function markdownFiles(inputDir: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string): void => {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
      if (isFolder && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      else if (entry.name.endsWith(".md")) files.push(full);
    }
  };
  walk(inputDir);
  return files.sort();
}
