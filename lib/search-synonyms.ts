// Synonyms and abbreviations per language (_data/synonyms.json): checked at build, expanded into query variants on search.
import { describeFound, EditorError, problemLine } from "./editor-error.ts";

/** Each group lists words or phrases that mean the same: a query with one of them also searches with the others. */
export type SynonymGroups = string[][];

const synonymsFile = "_data/synonyms.json";

/** One language's groups; a file an editor broke is reported by file, position and what was found. */
export function languageSynonyms(data: unknown, lang: string): SynonymGroups {
  if (data === undefined) return [];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new EditorError([problemLine(synonymsFile, "(whole file)", "a mapping of language code to a list of groups", describeFound(data))]);
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

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches a word or phrase as whole words, in any letter case. */
const wholeWords = (phrase: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "iu");

/**
 * The query as typed, then the query with each synonym found in it replaced by each other member of its group
 * (one replacement per variant: every variant stays close to what the reader asked).
 */
export function queryVariants(query: string, groups: SynonymGroups, limit = 8): string[] {
  const variants = [query];
  for (const group of groups) {
    for (const form of group) {
      const pattern = wholeWords(form);
      if (!pattern.test(query)) continue;
      for (const other of group) if (other !== form) variants.push(query.replace(pattern, other));
    }
  }
  const unique = [...new Set(variants.map((variant) => variant.trim()).filter(Boolean))];
  return unique.slice(0, limit);
}
