// The editorial categories (_data/categories.json): one identity (id) with a name in every declared language.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";
import type { SiteLanguages } from "./languages.ts";
import { listSlug, listUrl } from "../lists/urls.ts";
import { slugPattern } from "./slugs.ts";

const categorySchema = z.object({
  id: z.string({ error: "a Latin id such as ai-news" }).regex(slugPattern, { error: "a Latin id such as ai-news" }),
  names: z.record(z.string(), z.string().trim().min(1, { error: "a non-empty name" }), {
    error: 'the names by language, such as { "ru": "Новости ИИ", "en": "AI News" }',
  }),
});

const categoriesSchema = z.array(categorySchema, { error: 'a list of categories such as [{ "id": "ai-news", "names": { … } }]' });

export type Category = z.infer<typeof categorySchema>;

/** Reads and checks `<dataDir>/categories.json`; a missing name or a clash stops the build with one line per problem. */
export function loadCategories(dataDir: string, site: SiteLanguages): Category[] {
  const file = path.join(dataDir, "categories.json");
  const shown = displayPath(file);
  if (!existsSync(file)) {
    throw new EditorError([problemLine(shown, "file", "the site's categories with a name in every language", "no such file")]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new EditorError([problemLine(shown, "file", "valid JSON", (error as Error).message)]);
  }
  const problems = categoriesProblems(shown, raw, site);
  if (problems.length > 0) throw new EditorError(problems);
  return raw as Category[];
}

/** Every problem with the categories file's contents: shape, a name missing in a declared language, clashing ids or URLs. */
export function categoriesProblems(file: string, raw: unknown, site: SiteLanguages): string[] {
  const parsed = categoriesSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) =>
      problemLine(file, fieldName(issue.path), issue.message, describeFound(valueAt(raw, issue.path))),
    );
  }
  const problems: string[] = [];
  const ids = new Map<string, number>();
  parsed.data.forEach((category, index) => {
    const earlier = ids.get(category.id);
    if (earlier !== undefined) {
      problems.push(problemLine(file, `[${index}].id`, `an id not used by [${earlier}]`, describeFound(category.id)));
    }
    ids.set(category.id, index);
  });
  for (const language of site.languages) {
    const slugs = new Map<string, string>();
    parsed.data.forEach((category, index) => {
      const name = category.names[language.code];
      const field = `[${index}].names.${language.code}`;
      if (name === undefined) {
        const expected = `the name of category "${category.id}" in ${language.name} (${language.code}), a declared language`;
        problems.push(problemLine(file, field, expected, describeFound(name)));
        return;
      }
      const slug = listSlug(name);
      const clash = slugs.get(slug);
      if (slug === "") problems.push(problemLine(file, field, "a name with letters or digits for its URL", describeFound(name)));
      else if (clash !== undefined) {
        const url = listUrl("category", language.code, name);
        problems.push(problemLine(file, field, `a name whose URL differs from that of "${clash}" (both ${url})`, describeFound(name)));
      } else slugs.set(slug, name);
    });
  }
  return problems;
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

function fieldName(issuePath: ReadonlyArray<PropertyKey>): string {
  if (issuePath.length === 0) return "(root)";
  return issuePath
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
}

function valueAt(raw: unknown, issuePath: ReadonlyArray<PropertyKey>): unknown {
  return issuePath.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    raw,
  );
}
