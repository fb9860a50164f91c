// The index of each kind of list in each language (/ru/categories/, /ru/tags/, …), their titles, and the header's links to them.
import type { UiKey, UiStrings } from "../i18n/ui-strings.ts";
import type { LanguageLists } from "./taxonomy.ts";
import { listKinds, sectionUrl, type ListKind } from "./urls.ts";

export interface ListIndexEntry {
  name: string;
  url: string;
  count: number;
}

export interface ListIndexPage {
  kind: ListKind;
  lang: string;
  url: string;
  entries: ListIndexEntry[];
  alternates: Record<string, string>;
}

/** /ru/categories/, /ru/tags/, /ru/authors/, /ru/archive/: every list of that kind with its number of articles. */
export function listIndexPages(lists: ReadonlyMap<string, LanguageLists>): ListIndexPage[] {
  const languages = [...lists.keys()];
  return [...lists].flatMap(([lang, byKind]) =>
    listKinds.map((kind) => ({
      kind,
      lang,
      url: sectionUrl(kind, lang),
      entries: byKind[kind].map((list) => ({ name: list.name, url: list.url, count: list.articles.length })),
      alternates: Object.fromEntries(languages.map((code) => [code, sectionUrl(kind, code)])),
    })),
  );
}

const indexTitles: Record<ListKind, UiKey> = { category: "navCategories", tag: "navTags", author: "navAuthors", year: "navArchive" };

/** «Рубрики», "Tags": the index's title, also its link in the header. */
export function indexTitle(kind: ListKind, strings: UiStrings): string {
  return strings[indexTitles[kind]];
}

/** The header's links to every index, so every list is reachable from any page by links alone. */
export function sectionLinks(lang: string, strings: UiStrings): Array<{ href: string; label: string }> {
  return listKinds.map((kind) => ({ href: sectionUrl(kind, lang), label: indexTitle(kind, strings) }));
}
