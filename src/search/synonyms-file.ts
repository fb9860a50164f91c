// _data/synonyms.json, checked at build: each language's synonym groups for the search page.
import { describeFound, EditorError, problemLine } from "../content/editor-error.ts";
import type { SynonymGroups } from "./shared/synonyms.ts";

const synonymsFile = "_data/synonyms.json";

/** One language's groups; a file an editor broke is reported by file, position and what was found. */
export function languageSynonyms(data: unknown, lang: string): SynonymGroups {
  if (data === undefined) return [];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new EditorError([
      problemLine(synonymsFile, "(whole file)", "a mapping of language code to a list of groups", describeFound(data)),
    ]);
  }
  const groups = (data as Record<string, unknown>)[lang];
  if (groups === undefined) return [];
  if (!Array.isArray(groups)) throw new EditorError([problemLine(synonymsFile, lang, "a list of groups", describeFound(groups))]);
  const problems: string[] = [];
  groups.forEach((group: unknown, index) => {
    const words = Array.isArray(group) ? group.filter((word): word is string => typeof word === "string" && word.trim() !== "") : [];
    if (!Array.isArray(group) || words.length !== group.length || words.length < 2) {
      problems.push(problemLine(synonymsFile, `${lang}[${index}]`, "a list of at least two non-empty words", describeFound(group)));
    }
  });
  if (problems.length > 0) throw new EditorError(problems);
  return groups as SynonymGroups;
}
