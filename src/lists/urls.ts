// Where the lists live: /<lang>/categories/<slug>/, /<lang>/tags/<slug>/, /<lang>/authors/<slug>/, /<lang>/archive/<year>/.
import { toSlug } from "../content/slugs.ts";

export type ListKind = "category" | "tag" | "author" | "year";

export const listKinds: readonly ListKind[] = ["category", "tag", "author", "year"];

/** The folder of each kind of list under a language; its index page lives at the folder itself. */
const sectionFolders: Record<ListKind, string> = { category: "categories", tag: "tags", author: "authors", year: "archive" };

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
export function sectionUrl(kind: ListKind, lang: string): string {
  return `/${lang}/${sectionFolders[kind]}/`;
}

/** The first page of one list: /ru/tags/ai-dlya-kodinga/. */
export function listUrl(kind: ListKind, lang: string, name: string): string {
  return `${sectionUrl(kind, lang)}${listSlug(name)}/`;
}
