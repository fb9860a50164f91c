// The editorial categories (_data/categories.json): one identity (id) with a name in every declared language.
import path from "node:path";
import { z } from "zod";
import { checkData, readDataFile } from "./data-file.ts";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import type { SiteLanguages } from "./languages.ts";
import { slugPattern } from "./slugs.ts";
import { namedRecordProblems } from "./named-records.ts";

// Checks that transform nothing (refine, not trim()): the build uses the names exactly as written.
const categorySchema = z.object({
  id: z.string({ error: "a Latin id such as ai-news" }).regex(slugPattern, { error: "a Latin id such as ai-news" }),
  names: z.record(
    z.string(),
    z.string().refine((name) => name.trim() !== "", { error: "a non-empty name" }),
    {
      error: 'the names by language, such as { "ru": "Новости ИИ", "en": "AI News" }',
    },
  ),
});

const categoriesSchema = z.array(categorySchema, { error: 'a list of categories such as [{ "id": "ai-news", "names": { … } }]' });

export type Category = z.infer<typeof categorySchema>;

/** Reads and checks `<dataDir>/categories.json`; a missing name or a clash stops the build with one line per problem. */
export function loadCategories(dataDir: string, site: SiteLanguages): Category[] {
  const file = path.join(dataDir, "categories.json");
  const categories = readDataFile(file, categoriesSchema, "the site's categories with a name in every language");
  const problems = categoriesProblems(displayPath(file), categories, site);
  if (problems.length > 0) throw new EditorError(problems);
  return categories;
}

/** Every problem with the categories file's contents: shape, a name missing in a declared language, clashing ids or URLs. */
export function categoriesProblems(file: string, raw: unknown, site: SiteLanguages): string[] {
  const parsed = checkData(file, raw, categoriesSchema);
  if (!parsed.ok) return parsed.problems;
  return namedRecordProblems(file, parsed.data, site, "category");
}

/** The category names an article in this language may use, in the file's order. */
export function categoryNames(categories: readonly Category[], lang: string): string[] {
  return categories.flatMap((category) => category.names[lang] ?? []);
}

export function findCategory(categories: readonly Category[], lang: string, name: string): Category | undefined {
  return categories.find((category) => category.names[lang] === name);
}

/** The editor-facing line for an article whose category is not one of its language's names, or undefined. */
export function categoryProblem(file: string, lang: string, name: string, categories: readonly Category[]): string | undefined {
  if (findCategory(categories, lang, name)) return undefined;
  const names = categoryNames(categories, lang).map((known) => `«${known}»`);
  const expected = names.length > 0 ? `one of ${names.join(", ")}` : `a category named for "${lang}" in _data/categories.json`;
  return problemLine(file, "category", expected, describeFound(name));
}
