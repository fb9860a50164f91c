// What a data file of named records (categories, authors) must hold: unique ids, and in every declared language a
// name whose list page URL is its own.
import { describeFound, problemLine } from "./editor-error.ts";
import type { SiteLanguages } from "./languages.ts";
import { listSlug, listUrl, type ListKind } from "../lists/urls.ts";

export interface NamedRecord {
  id: string;
  names: Record<string, string>;
}

/** One line per repeated id, per name missing in a declared language, and per name without a URL of its own. */
export function namedRecordProblems(
  file: string,
  records: readonly NamedRecord[],
  site: SiteLanguages,
  kind: ListKind & ("category" | "author"),
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  records.forEach((record, index) => {
    const earlier = ids.get(record.id);
    if (earlier !== undefined)
      problems.push(problemLine(file, `[${index}].id`, `an id not used by [${earlier}]`, describeFound(record.id)));
    ids.set(record.id, index);
  });
  for (const language of site.languages) {
    const slugs = new Map<string, string>();
    records.forEach((record, index) => {
      const name = record.names[language.code];
      const field = `[${index}].names.${language.code}`;
      if (name === undefined) {
        const expected = `the name of ${kind} "${record.id}" in ${language.name} (${language.code}), a declared language`;
        problems.push(problemLine(file, field, expected, describeFound(name)));
        return;
      }
      const slug = listSlug(name);
      const clash = slugs.get(slug);
      if (slug === "") problems.push(problemLine(file, field, "a name with letters or digits for its URL", describeFound(name)));
      else if (clash !== undefined) {
        const url = listUrl(kind, language.code, name);
        problems.push(problemLine(file, field, `a name whose URL differs from that of "${clash}" (both ${url})`, describeFound(name)));
      } else slugs.set(slug, name);
    });
  }
  return problems;
}
