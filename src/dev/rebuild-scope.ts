// What a dev-server rebuild must render after one saved file: the edited article alone, or everything.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { locateArticle } from "../content/articles.ts";
import { splitFrontMatter } from "../content/front-matter.ts";

/**
 * Everything lists, feeds' headers, the sitemap, neighbours, related articles and translations read from an article
 * is its front matter and its address; the body shows only on its own page (and in the feeds). So when a save leaves
 * the front matter byte for byte as it was, only that article's page (and the feeds) can change.
 */
export type RebuildScope = { kind: "everything" } | { kind: "article-body"; article: string };

/** What is compared between saves: the front matter as the build's reader cuts it, or undefined when there is none. */
function frontMatterOf(source: string): string | undefined {
  const split = splitFrontMatter(source);
  return split && `---${split.language}\n${split.yaml}`;
}

/** Front matter of every article of the site as last built, keyed by absolute path. */
export class ArticleFrontMatters {
  private readonly blocks = new Map<string, string | undefined>();

  constructor(private readonly inputDir: string) {}

  /** Reads every content/<lang>/blog/<slug>.md once, before the first rebuild needs to compare. */
  load(): void {
    for (const lang of safeList(this.inputDir)) {
      const blog = path.join(this.inputDir, lang, "blog");
      for (const file of safeList(blog)) {
        const article = path.join(blog, file);
        if (this.isArticle(article)) this.blocks.set(article, frontMatterOf(readFileSync(article, "utf8")));
      }
    }
  }

  isArticle(file: string): boolean {
    return locateArticle(file, this.inputDir) !== undefined;
  }

  /** Compares the saved file with its last built version, and remembers the saved version for the next save. */
  scopeOfSave(savedFile: string): RebuildScope {
    const file = path.resolve(savedFile);
    if (!this.isArticle(file)) return { kind: "everything" };
    const known = this.blocks.has(file);
    const before = this.blocks.get(file);
    if (!existsSync(file)) {
      this.blocks.delete(file);
      return { kind: "everything" };
    }
    const after = frontMatterOf(readFileSync(file, "utf8"));
    this.blocks.set(file, after);
    return known && before !== undefined && before === after ? { kind: "article-body", article: file } : { kind: "everything" };
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
