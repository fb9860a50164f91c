// Article files read straight from content/ (no Eleventy build): front matter, body and place, for the command-line tools.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EditorError, problemLine } from "./editor-error.ts";
import { displayPath, frontMatterData, splitFrontMatter, type FrontMatterSplit } from "./front-matter.ts";

export interface ArticleFile {
  lang: string;
  slug: string;
  /** The file's path as given (relative to the working directory when possible). */
  file: string;
  /** Front matter as the build reads it (tags under articleTagsKey). */
  data: Record<string, unknown>;
  body: string;
}

/** Splits a markdown file into its front matter and its body, as the build does; no front matter is an editor error. */
export function splitArticleSource(source: string, file: string): FrontMatterSplit {
  const split = splitFrontMatter(source);
  if (!split) {
    throw new EditorError([problemLine(displayPath(file), "front matter", "a block between two lines of ---", "no front matter")]);
  }
  return split;
}

export function readArticleFile(file: string, location: { lang: string; slug: string }): ArticleFile {
  const split = splitArticleSource(readFileSync(file, "utf8"), file);
  return { ...location, file: displayPath(file), data: frontMatterData(split, file), body: split.body };
}

/** Every article of the given languages under `contentDir` (<lang>/blog/<slug>.md), in language then slug order. */
export function readArticleFiles(contentDir: string, languageCodes: readonly string[]): ArticleFile[] {
  const problems: string[] = [];
  const articles: ArticleFile[] = [];
  for (const lang of languageCodes) {
    const blog = path.join(contentDir, lang, "blog");
    if (!existsSync(blog)) continue;
    for (const name of readdirSync(blog)
      .filter((entry) => entry.endsWith(".md"))
      .sort()) {
      try {
        articles.push(readArticleFile(path.join(blog, name), { lang, slug: path.basename(name, ".md") }));
      } catch (error) {
        if (!(error instanceof EditorError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  if (problems.length > 0) throw new EditorError(problems);
  return articles;
}
