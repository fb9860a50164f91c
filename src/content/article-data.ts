// Data every file under content/ receives: articles get their layout, language, URL and validation from here.
import { checkArticle, locateArticle, articleUrl, toArticle, type Article, type ArticleCheckContext } from "./articles.ts";
import type { Category } from "./categories.ts";
import { EditorError } from "./editor-error.ts";
import type { SiteLanguages } from "./languages.ts";
import { listNameProblems } from "../lists/taxonomy.ts";

interface CascadeData extends Record<string, unknown> {
  page: { inputPath: string };
  languages: SiteLanguages;
  categories?: Category[];
  eleventy: { directories: { input: string }; env: { runMode: string } };
  collections?: { all?: Array<{ inputPath: string; url?: string | false; data: Record<string, unknown> }> };
}

const isArticleFile = (inputPath: string): boolean => inputPath.endsWith(".md");

function contextOf(data: CascadeData): ArticleCheckContext {
  return { inputDir: data.eleventy.directories.input, languages: data.languages, categories: data.categories };
}

/** Drafts are built by the dev server only. */
export function isPublished(draft: unknown, data: Pick<CascadeData, "eleventy">): boolean {
  return draft !== true || data.eleventy.env.runMode !== "build";
}

// One sweep over every article per build, so an editor sees all problems at once, not one file per run.
const sweeps = new WeakMap<object, Map<string, string[]>>();

function sweep(data: CascadeData, context: ArticleCheckContext): Map<string, string[]> {
  const collections = data.collections ?? {};
  let problemsByFile = sweeps.get(collections);
  if (!problemsByFile) {
    problemsByFile = new Map();
    for (const item of collections.all ?? []) {
      if (!isArticleFile(item.inputPath)) continue;
      // Clean articles are recorded too (empty list), so the hook never checks them a second time.
      problemsByFile.set(item.inputPath, checkArticle(item.inputPath, item.data, context));
    }
    // Tags or authors of different articles that would share a URL are only visible across all published articles.
    const published = (collections.all ?? []).filter((item) => item.url).map((item) => item.data.article as Article | undefined);
    for (const [file, problems] of listNameProblems(published.filter((article) => article !== undefined))) {
      problemsByFile.set(file, [...(problemsByFile.get(file) ?? []), ...problems]);
    }
    sweeps.set(collections, problemsByFile);
  }
  return problemsByFile;
}

/** Eleventy's validation hook: a broken article stops the build with every problem of every article. */
async function eleventyDataSchema(data: CascadeData): Promise<void> {
  if (!isArticleFile(data.page.inputPath)) return;
  const context = contextOf(data);
  const problemsByFile = sweep(data, context);
  const own = problemsByFile.get(data.page.inputPath) ?? checkArticle(data.page.inputPath, data, context);
  if (own.length === 0) return;
  const others = [...problemsByFile].filter(([file]) => file !== data.page.inputPath).flatMap(([, problems]) => problems);
  throw new EditorError([...own, ...others]);
}

export default {
  layout: "layouts/article.11ty.tsx",
  permalink: (data: CascadeData): string | false => {
    const location = locateArticle(data.page.inputPath, data.eleventy.directories.input);
    return location && isPublished(data.draft, data) ? articleUrl(location) : false;
  },
  eleventyDataSchema,
  eleventyComputed: {
    lang: (data: CascadeData): string | undefined =>
      locateArticle(data.page.inputPath, data.eleventy.directories.input)?.lang ?? (data.lang as string | undefined),
    /** The validated article, or undefined while it has problems (the schema hook then stops the build). */
    article: (data: CascadeData): Article | undefined => {
      if (!isArticleFile(data.page.inputPath)) return undefined;
      return toArticle(data.page.inputPath, data, contextOf(data));
    },
  },
};
