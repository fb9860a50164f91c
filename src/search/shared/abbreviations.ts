// Abbreviations (ИИ, ЕС, CI, LLM) must match as whole words: Pagefind stems «ИИ» to «и» and extends «ЕС» to «если»,
// so each article files the abbreviations it writes under a filter of its own, and a query's abbreviations require it.
import type { SynonymGroups } from "./synonyms.ts";

/** The Pagefind filter an article files its abbreviations under (lower case); the search page never lists it. */
export const abbreviationFilter = "abbr";

const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const hasTwoLetters = (token: string): boolean => (token.match(/\p{L}/gu)?.length ?? 0) >= 2;

/** Written in capitals, two to five characters with at least two letters: «ИИ», "LLM", "GPT4"; not "2026" or "A". */
export function isWrittenAsAbbreviation(token: string): boolean {
  return token.length <= 5 && hasTwoLetters(token) && token === token.toLocaleUpperCase() && token !== token.toLocaleLowerCase();
}

/** The abbreviations a text writes, in lower case, each once: the values of its article's abbreviation filter. */
export function abbreviationsIn(text: string): string[] {
  return [
    ...new Set(
      tokens(text)
        .filter(isWrittenAsAbbreviation)
        .map((token) => token.toLocaleLowerCase()),
    ),
  ].sort();
}

/**
 * The words of a query that are abbreviations, in lower case: typed in capitals, or known as one from the language's
 * synonym groups, so «ии» typed in lower case is «ИИ».
 */
export function queryAbbreviations(query: string, groups: SynonymGroups): string[] {
  const known = knownAbbreviations(groups);
  const found = tokens(query).filter((token) => isWrittenAsAbbreviation(token) || known.has(token.toLocaleLowerCase()));
  return [...new Set(found.map((token) => token.toLocaleLowerCase()))];
}

// A language's synonym groups stay the same for the page's life: their abbreviations are collected once.
const knownSets = new WeakMap<SynonymGroups, Set<string>>();

function knownAbbreviations(groups: SynonymGroups): Set<string> {
  let known = knownSets.get(groups);
  if (!known) {
    known = new Set(abbreviationsIn(groups.flat().join(" ")));
    knownSets.set(groups, known);
  }
  return known;
}
