// Each language's categories, tags, authors and years with their articles (newest first), and names that clash in URLs.
import { byNewest, type Article } from "../content/articles.ts";
import type { Category } from "../content/categories.ts";
import { describeFound, problemLine } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { byCodeUnits } from "../content/text-order.ts";
import { listKinds, listSlug, listUrl, type ListKind } from "./urls.ts";

/** One list of articles: a category, a tag, an author or a year, in one language. */
export interface ArticleList {
  kind: ListKind;
  lang: string;
  name: string;
  url: string;
  /** The category's id, the same for its name in every language. */
  categoryId?: string;
  articles: Article[];
}

export type LanguageLists = Record<ListKind, ArticleList[]>;

/** The names an article is listed under, by kind of list. */
export function listNamesOf(article: Pick<Article, "category" | "tags" | "author" | "dates">): Record<ListKind, string[]> {
  return {
    category: [article.category],
    tag: article.tags,
    author: article.author,
    year: [article.dates.published.day.slice(0, 4)],
  };
}

/** Every language's lists, built in one pass over the articles. */
export function buildLists(articles: readonly Article[], site: SiteLanguages, categories: readonly Category[]): Map<string, LanguageLists> {
  const byLanguage = new Map<string, Record<ListKind, Map<string, ArticleList>>>();
  for (const { code } of site.languages) {
    const lists: Record<ListKind, Map<string, ArticleList>> = { category: new Map(), tag: new Map(), author: new Map(), year: new Map() };
    // Every category has a page in every language, even before its first article: the switcher always has a target.
    for (const category of categories) {
      const name = category.names[code];
      if (name === undefined) continue;
      const url = listUrl("category", code, name);
      lists.category.set(listSlug(name), { kind: "category", lang: code, name, url, categoryId: category.id, articles: [] });
    }
    byLanguage.set(code, lists);
  }
  for (const article of [...articles].sort(byNewest)) {
    const lists = byLanguage.get(article.lang);
    if (!lists) continue;
    const names = listNamesOf(article);
    for (const kind of listKinds) {
      for (const name of names[kind]) {
        const slug = listSlug(name);
        let list = lists[kind].get(slug);
        // Unknown categories and unsluggable names are reported by the checks; they get no list.
        if (slug === "" || (!list && kind === "category")) continue;
        if (!list) {
          list = { kind, lang: article.lang, name, url: listUrl(kind, article.lang, name), articles: [] };
          lists[kind].set(slug, list);
        }
        if (list.articles.at(-1) !== article) list.articles.push(article);
      }
    }
  }
  return new Map(
    site.languages.map(({ code, locale }) => {
      const lists = byLanguage.get(code);
      const collator = new Intl.Collator(locale);
      const byName = (a: ArticleList, b: ArticleList): number => collator.compare(a.name, b.name) || byCodeUnits(a.url, b.url);
      return [
        code,
        {
          category: [...(lists?.category.values() ?? [])], // the editors' order from _data/categories.json
          tag: [...(lists?.tag.values() ?? [])].sort(byName),
          author: [...(lists?.author.values() ?? [])].sort(byName),
          year: [...(lists?.year.values() ?? [])].sort((a, b) => byCodeUnits(b.name, a.name)),
        },
      ];
    }),
  );
}

const nameFields = { tag: "tags", author: "author" } as const;
const nouns = { tag: "a tag", author: "an author" } as const;

/**
 * Tags and authors whose names would share a URL («CI/CD» and «CI CD» → /ru/tags/ci-cd/) or have no letters for one:
 * one editor-facing line each, on the later file (by path), naming both. Categories are checked in their own file.
 */
export function listNameProblems(articles: readonly Article[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const firstUse = new Map<string, { name: string; file: string }>();
  const report = (article: Article, line: string): void => {
    problems.set(article.inputPath, [...(problems.get(article.inputPath) ?? []), line]);
  };
  for (const article of [...articles].sort((a, b) => byCodeUnits(a.inputPath, b.inputPath))) {
    const file = displayPath(article.inputPath);
    for (const kind of ["tag", "author"] as const) {
      listNamesOf(article)[kind].forEach((name, index) => {
        const field = kind === "tag" ? `tags[${index}]` : nameFields[kind];
        const slug = listSlug(name);
        if (slug === "") {
          report(article, problemLine(file, field, `${nouns[kind]} with letters or digits for its URL`, describeFound(name)));
          return;
        }
        const key = `${article.lang}/${kind}/${slug}`;
        const first = firstUse.get(key);
        if (!first) firstUse.set(key, { name, file });
        else if (first.name !== name) {
          const clash = `${describeFound(name)}, whose URL ${listUrl(kind, article.lang, name)} is already that of "${first.name}" in ${first.file}`;
          report(article, problemLine(file, field, `${nouns[kind]} name with a URL of its own, or exactly "${first.name}"`, clash));
        }
      });
    }
  }
  return problems;
}
