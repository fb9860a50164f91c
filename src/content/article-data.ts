// Data every file under content/ receives: articles get their layout, language, URL and validation from here.
import { checkArticle, isScheduled, locateArticle, articleUrl, toArticle, type Article, type ArticleCheckContext } from "./articles.ts";
import type { Category } from "./categories.ts";
import type { Author } from "./authors.ts";
import { parseArticleDate } from "./dates.ts";
import { EditorError } from "./editor-error.ts";
import type { SiteLanguages } from "./languages.ts";
import { locatePublisherPage, publisherPageUrl, toPublisherPage, type PublisherPage } from "./publisher-pages.ts";

interface CascadeData extends Record<string, unknown> {
  page: { inputPath: string };
  languages: SiteLanguages;
  categories?: Category[];
  authors?: Author[];
  site: { timeZone: string };
  eleventy: { directories: { input: string }; env: { runMode: string } };
  collections?: { all?: Array<{ inputPath: string; url?: string | false; data: Record<string, unknown> }> };
}

const isArticleFile = (inputPath: string): boolean => inputPath.endsWith(".md");

function contextOf(data: CascadeData): ArticleCheckContext {
  return {
    inputDir: data.eleventy.directories.input,
    languages: data.languages,
    categories: data.categories,
    authors: data.authors,
    timeZone: data.site.timeZone,
  };
}

/** Drafts and scheduled articles (a pubDate still ahead) are built by the dev server only. */
function isPublished(data: CascadeData): boolean {
  if (data.eleventy.env.runMode !== "build") return true;
  const pubDate = typeof data.pubDate === "string" ? parseArticleDate(data.pubDate, data.site.timeZone) : undefined;
  return data.draft !== true && !(pubDate?.ok && isScheduled({ pubDate: pubDate.date }));
}

/** Eleventy's validation hook: the content check (content-check.ts) has already reported every article's problems. */
async function eleventyDataSchema(data: CascadeData): Promise<void> {
  if (!isArticleFile(data.page.inputPath)) return;
  const problems = checkArticle(data.page.inputPath, data, contextOf(data));
  if (problems.length > 0) throw new EditorError(problems);
}

export default {
  layout: "layouts/article.11ty.tsx",
  permalink: (data: CascadeData): string | false => {
    const inputDir = data.eleventy.directories.input;
    const publisherPage = locatePublisherPage(data.page.inputPath, inputDir);
    if (publisherPage) return publisherPageUrl(publisherPage);
    const location = locateArticle(data.page.inputPath, inputDir);
    return location && isPublished(data) ? articleUrl(location) : false;
  },
  eleventyDataSchema,
  eleventyComputed: {
    lang: (data: CascadeData): string | undefined =>
      (
        locateArticle(data.page.inputPath, data.eleventy.directories.input) ??
        locatePublisherPage(data.page.inputPath, data.eleventy.directories.input)
      )?.lang ?? (data.lang as string | undefined),
    // Eleventy renders with the computed layout: a publisher page is laid out as one, not as an article.
    layout: (data: CascadeData): unknown =>
      locatePublisherPage(data.page.inputPath, data.eleventy.directories.input) ? "layouts/publisher-page.11ty.tsx" : data.layout,
    publisherPage: (data: CascadeData): PublisherPage | undefined =>
      toPublisherPage(data.page.inputPath, data, { inputDir: data.eleventy.directories.input, timeZone: data.site.timeZone }),
    /** The validated article, or undefined while it has problems (the schema hook then stops the build). */
    article: (data: CascadeData): Article | undefined => {
      if (!isArticleFile(data.page.inputPath) || locatePublisherPage(data.page.inputPath, data.eleventy.directories.input))
        return undefined;
      return toArticle(data.page.inputPath, data, contextOf(data));
    },
  },
};
