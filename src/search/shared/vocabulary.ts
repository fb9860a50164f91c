// Typos: the words a misspelt query is corrected towards (each language's titles, descriptions, tags, categories and
// authors, written at build), and the one-edit correction itself.

/** The fields of an article a reader sees on its card (a structural type: the browser bundle imports this module). */
export interface ArticleWords {
  title: string;
  description?: string | undefined;
  tags: string[];
  category: string;
  /** Its byline: one name or several. */
  author: readonly string[];
}

/** Shorter words have too many neighbours one letter away: «модель» is corrected, «код» is not. */
export const typoMinimumLength = 5;

/** The folder of every language's word list parts, named by their content (src/search/vocabulary-files.ts). */
export const vocabularyFolder = "/search/words/";

/** Parts per end: a letter's part is its code point modulo this, so Cyrillic а–я each get one of their own. */
const partsPerEnd = 32;

/**
 * A word one edit away from another keeps its first letter or its last (one edit changes one end at most, and both
 * words have 4+ letters): so the list is published twice over in parts, by first letter and by last letter, and a
 * query word needs two small parts, not the whole list (at 6,000 articles the list was 58 KB of a first search).
 */
export function vocabularyPartNames(word: string): [string, string] {
  const letters = [...word.toLocaleLowerCase()];
  const name = (side: string, letter: string | undefined): string => `${side}${(letter?.codePointAt(0) ?? 0) % partsPerEnd}.json`;
  return [name("first-", letters[0]), name("last-", letters.at(-1))];
}

/** The word list's parts: part name → words, each sorted, every part named (vocabularyFiles publishes them). */
export function vocabularyParts(vocabulary: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const side of ["first-", "last-"]) for (let part = 0; part < partsPerEnd; part++) parts.set(`${side}${part}.json`, []);
  for (const word of vocabulary) for (const name of vocabularyPartNames(word)) parts.get(name)?.push(word);
  return parts;
}

/** The words of the query a correction could change, lower case: only these need their parts of the list. */
// (the same words and the same test correctQuery uses below)
export function correctableWords(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => word.toLocaleLowerCase())
    .filter((word) => [...word].length >= typoMinimumLength);
}

const wordsOf = (text: string): string[] => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word a reader sees on the articles' cards, once, sorted; the shortest a correction can reach included. */
export function articleVocabulary(articles: ArticleWords[]): string[] {
  const words = new Set<string>();
  for (const { title, description, tags, category, author } of articles) {
    for (const word of wordsOf([title, description ?? "", ...tags, category, ...author].join(" "))) {
      if (word.length >= typoMinimumLength - 1) words.add(word);
    }
  }
  return [...words].sort();
}

/** True when b is a with one letter wrong, missing or extra (and not when they are equal). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The query with each unknown word of 5+ letters replaced by a known word one edit away; undefined when none is.
 * @example correctQuery("Брюсель", ["брюссель"]) // => "брюссель"
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const lower = word.toLocaleLowerCase();
    if ([...lower].length < typoMinimumLength || known.has(lower)) return word;
    const match = vocabulary.find((candidate) => oneEditApart(lower, candidate));
    if (!match) return word;
    changed = true;
    return match;
  });
  return changed ? corrected : undefined;
}
