// Synonyms and abbreviations per language (_data/synonyms.json), expanded into query variants on search.

/** Each group lists words or phrases that mean the same: a query with one of them also searches with the others. */
export type SynonymGroups = string[][];

const wordCharacter = /[\p{L}\p{N}]/u;
const isWordCharacter = (character: string | undefined): boolean => character !== undefined && wordCharacter.test(character);

/**
 * Where a word or phrase stands in the query as whole words, in any letter case, or -1. Compared in lower case rather
 * than by a case-insensitive \p{L} pattern per phrase: V8 builds each such pattern's case-folded letter class on its
 * first use, and the ten of _data/synonyms.json cost the search page about 14 ms of its first search.
 */
function wholeWordsAt(query: string, phrase: string): number {
  const text = query.toLowerCase();
  const needle = phrase.toLowerCase();
  // A letter whose lower case is longer (İ) would shift every position after it: such a query matches nothing here.
  if (text.length !== query.length || needle === "") return -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + needle.length])) return at;
  }
  return -1;
}

/**
 * The query as typed, then the query with each synonym found in it replaced by each other member of its group
 * (one replacement per variant: every variant stays close to what the reader asked).
 */
export function queryVariants(query: string, groups: SynonymGroups, limit = 8): string[] {
  const variants = [query];
  for (const group of groups) {
    for (const form of group) {
      const at = wholeWordsAt(query, form);
      if (at === -1) continue;
      for (const other of group) if (other !== form) variants.push(`${query.slice(0, at)}${other}${query.slice(at + form.length)}`);
    }
  }
  const unique = [...new Set(variants.map((variant) => variant.trim()).filter(Boolean))];
  return unique.slice(0, limit);
}
