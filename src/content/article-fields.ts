// An article's front matter is its schema and nothing more: other keys never reach Eleventy, and each is one problem line.
import { describeFound, problemLine } from "./editor-error.ts";
import { articleTagsKey, frontMatterEngines, parseFrontMatter } from "./front-matter.ts";
import { articleFields } from "./schema.ts";

/** Where the keys taken out of an article's front matter wait for the article's check to report them. */
export const strayFieldsKey = "articleStrayFields";

const known = new Set<string>([...articleFields, articleTagsKey]);
// Keys Eleventy acts on: in an article they could move its URL outside the site, drop its layout or hide it from lists.
const eleventyKeys = new Set([
  "permalink",
  "layout",
  "pagination",
  "templateEngineOverride",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
]);
const isEleventyKey = (key: string): boolean => eleventyKeys.has(key) || /^eleventy/i.test(key);

/** The front matter as Eleventy receives it: the article's own fields; every other key's name under strayFieldsKey. */
export function keepArticleFields(data: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const strays: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (known.has(key)) kept[key] = value;
    else strays.push(key);
  }
  return strays.length > 0 ? { ...kept, [strayFieldsKey]: strays } : kept;
}

/** Eleventy's front matter engines for articles: the project's YAML reader, then only the article's fields. */
export const articleFrontMatterEngines: typeof frontMatterEngines = {
  ...frontMatterEngines,
  yaml: (source, options) => keepArticleFields(parseFrontMatter(source, options) as Record<string, unknown>),
};

/**
 * Letters to change, add or remove to turn a into b (Levenshtein), for "did you mean".
 * @example editDistance("drafts", "draft") // => 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The article field a misspelt key most likely meant: within a third of its length (at least 2 edits). */
export function nearestField(key: string): string | undefined {
  const lower = key.toLowerCase();
  const ranked = articleFields
    .map((field) => ({ field, distance: editDistance(lower, field.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.field : undefined;
}

/** One line per key that is not an article field. */
export function strayFieldProblems(file: string, strays: unknown): string[] {
  if (!Array.isArray(strays)) return [];
  return strays.map((key: string) => {
    // A key of letters is named as written; any other (blank, spaces, punctuation) in quotes, so it can be seen.
    const field = /^[\p{L}\p{N}_-]+$/u.test(key) ? key : JSON.stringify(key);
    if (isEleventyKey(key)) {
      const expected = "only the article's own fields (its URL, layout and lists follow from its place in content/)";
      return problemLine(file, field, expected, `Eleventy's ${describeFound(key)}, which an article may not set`);
    }
    const guess = nearestField(key);
    const expected = `one of the article's fields (${articleFields.join(", ")})`;
    return problemLine(file, field, expected, `an unknown field${guess ? `; did you mean "${guess}"?` : ""}`);
  });
}
