// Where the lists live: /<lang>/categories/<slug>/, /<lang>/tags/…, /<lang>/authors/…, /<lang>/archive/<year>/, /<lang>/series/….
import { toSlug } from "../content/slugs.ts";

export type ListKind = "category" | "tag" | "author" | "year";

export const listKinds: readonly ListKind[] = ["category", "tag", "author", "year"];

/** Every kind of list with an index: the taxonomies, and series (src/lists/series.ts), which order their own articles. */
export type IndexKind = ListKind | "series";

/** The folder of each kind of list under a language; its index page lives at the folder itself. */
const sectionFolders: Record<IndexKind, string> = {
  category: "categories",
  tag: "tags",
  author: "authors",
  year: "archive",
  series: "series",
};

// The same few hundred names are slugged on every card and article page: transliterate each once.
const slugs = new Map<string, string>();

/** «AI для кодинга» → ai-dlya-kodinga; a year stays as it is. */
export function listSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = toSlug(name);
    slugs.set(name, slug);
  }
  return slug;
}

/** The index of one kind of list: /ru/tags/. */
export function sectionUrl(kind: IndexKind, lang: string): string {
  return `/${lang}/${sectionFolders[kind]}/`;
}

/** The first page of one list: /ru/tags/ai-dlya-kodinga/. */
export function listUrl(kind: IndexKind, lang: string, name: string): string {
  return `${sectionUrl(kind, lang)}${listSlug(name)}/`;
}
