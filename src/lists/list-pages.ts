// The pages lists become: numbered pages of every list (the indexes of lists are list-indexes.ts), titles and switcher targets.
import type { Article } from "../content/articles.ts";
import { listKinds, sectionUrl, type ListKind } from "./urls.ts";
import { paginate, type ListPage } from "./pagination.ts";
import type { SeriesListPage } from "./series.ts";
import type { ArticleList, LanguageLists } from "./taxonomy.ts";
import { fill, type UiKey, type UiStrings } from "../i18n/ui-strings.ts";

export interface ArticleListPage extends ListPage<Article> {
  kind: ListKind;
  name: string;
  /** language → URL of the same list there (or that language's index of such lists), for the language switcher. */
  alternates: Record<string, string>;
  /** What ties this page to its translations in hreflang links and the sitemap (src/i18n/alternates.ts). */
  translationKey: string;
}

/** One page of a language's home (/ru/, /ru/page/2/, …): the newest articles first. */
export interface HomeListPage extends ListPage<Article> {
  kind: "home";
  /** Pinned above the list on the first page (none on later pages), newest first; the list leaves them out. */
  featured: Article[];
  alternates: Record<string, string>;
  translationKey: string;
}

/** Every numbered page of every list, the homes' and the series' included: what src/lists/list-writer.ts writes. */
export type ListPageEntry = HomeListPage | ArticleListPage | SeriesListPage;

/**
 * A category is the same category in every language (its id); a year, a tag or an author is the same list where that
 * language has one at the same address («OpenAI» at /ru/tags/openai/ and /en/tags/openai/). Otherwise the switcher
 * leads to that language's index of the kind.
 */
export function listAlternates(list: ArticleList, lists: ReadonlyMap<string, LanguageLists>): Record<string, string> {
  return Object.fromEntries(
    [...lists].map(([lang, other]) => {
      if (lang === list.lang) return [lang, list.url];
      const same =
        list.kind === "category"
          ? other.category.find((category) => category.categoryId === list.categoryId)
          : other[list.kind].find((candidate) => withoutLanguage(candidate.url) === withoutLanguage(list.url));
      return [lang, same?.url ?? sectionUrl(list.kind, lang)];
    }),
  );
}

/** /ru/tags/openai/ → /tags/openai/: what a list's address is in every language. */
const withoutLanguage = (url: string): string => url.slice(url.indexOf("/", 1));

/** Every page of every list in every language: /ru/tags/llm/, /ru/tags/llm/page/2/, … */
export function articleListPages(lists: ReadonlyMap<string, LanguageLists>, perPage: number): ArticleListPage[] {
  return [...lists.values()].flatMap((byKind) =>
    listKinds.flatMap((kind) =>
      byKind[kind].flatMap((list) => {
        const alternates = listAlternates(list, lists);
        return paginate(list.articles, perPage, list.lang, list.url).map((page) => ({
          ...page,
          kind,
          name: list.name,
          alternates,
          translationKey: translationKeyOf(list, page.url, page.pageNumber),
        }));
      }),
    ),
  );
}

/** Featured articles a home pins when _data/site.ts sets no featuredOnHome: a lead card and two under it. */
export const defaultFeaturedOnHome = 3;

/**
 * Each language's home pages; every page's switcher leads to the other languages' first page. The newest
 * `featuredCount` featured articles are pinned on the first page and left out of the numbered list, so every article
 * appears once across a home's pages; older featured articles stay in the list as it is.
 */
export function homeListPages(
  articles: readonly Article[],
  languages: readonly string[],
  perPage: number,
  featuredCount: number,
): HomeListPage[] {
  const alternates = Object.fromEntries(languages.map((code) => [code, `/${code}/`]));
  return languages.flatMap((lang) => {
    const own = articles.filter((article) => article.lang === lang);
    const featured = own.filter((article) => article.featured).slice(0, featuredCount);
    const listed = own.filter((article) => !featured.includes(article));
    return paginate(listed, perPage, lang, `/${lang}/`).map((page) => ({
      ...page,
      kind: "home" as const,
      featured: page.pageNumber === 1 ? featured : [],
      alternates,
      translationKey: page.url.slice(lang.length + 1),
    }));
  });
}

/**
 * A category's first page is the same page in every language (its id, whatever the slugs); the pages of a year, a
 * tag or an author match by their URL without the language, as the home's do.
 */
function translationKeyOf(list: ArticleList, url: string, pageNumber: number): string {
  if (list.kind === "category") return pageNumber === 1 ? `category:${list.categoryId ?? list.name}` : url;
  return withoutLanguage(url);
}

const listTitles: Record<ListKind, UiKey> = { category: "categoryTitle", tag: "tagTitle", author: "authorTitle", year: "yearTitle" };

/** «Тег «LLM»», "Articles from 2026"; later pages add «Страница 2 из 3». */
export function listTitle(page: Pick<ArticleListPage, "kind" | "name" | "pageNumber" | "totalPages">, strings: UiStrings): string {
  const title = fill(strings[listTitles[page.kind]], { name: page.name });
  return page.pageNumber === 1 ? title : `${title} · ${fill(strings.pageOf, { page: page.pageNumber, total: page.totalPages })}`;
}
