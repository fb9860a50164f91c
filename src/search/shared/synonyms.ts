// Synonyms and abbreviations per language (_data/synonyms.json), expanded into query variants on search.

/** Each group lists words or phrases that mean the same: a query with one of them also searches with the others. */
export type SynonymGroups = string[][];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches a word or phrase as whole words, in any letter case. */
const wholeWords = (phrase: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "iu");

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
