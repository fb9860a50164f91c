// Article files read straight from content/ (no Eleventy build): front matter, body and place, for the command-line tools.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EditorError, problemLine } from "./editor-error.ts";
import { displayPath, parseFrontMatter } from "./front-matter.ts";

export interface ArticleFile {
  lang: string;
  slug: string;
  /** The file's path as given (relative to the working directory when possible). */
  file: string;
  /** Front matter as the build reads it (tags under articleTagsKey). */
  data: Record<string, unknown>;
  body: string;
}

// The same shape gray-matter (Eleventy's reader) accepts: a first line of ---, YAML, then a line of ---.
const frontMatterPattern = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Splits a markdown file into its YAML front matter and its body. */
export function splitArticleSource(source: string, file: string): { yaml: string; body: string } {
  const text = source.replace(/^\uFEFF/, "");
  const match = text.startsWith("---") ? frontMatterPattern.exec(text) : null;
  if (!match || match.index !== 0) {
    throw new EditorError([problemLine(displayPath(file), "front matter", "a block between two lines of ---", "no front matter")]);
  }
  return { yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

export function readArticleFile(file: string, location: { lang: string; slug: string }): ArticleFile {
  const { yaml, body } = splitArticleSource(readFileSync(file, "utf8"), file);
  const data = parseFrontMatter(yaml, { filePath: file }) as Record<string, unknown>;
  return { ...location, file: displayPath(file), data, body };
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
