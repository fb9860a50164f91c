// Typos: the words a misspelt query is corrected towards (each language's titles, descriptions, tags, categories and
// authors, written at build), and the one-edit correction itself.

/** The fields of an article a reader sees on its card (a structural type: the browser bundle imports this module). */
export interface ArticleWords {
  title: string;
  description?: string | undefined;
  tags: string[];
  category: string;
  author: string;
}

/** Shorter words have too many neighbours one letter away: «модель» is corrected, «код» is not. */
export const typoMinimumLength = 5;

export function vocabularyUrl(lang: string): string {
  return `/${lang}/search/words.json`;
}

const wordsOf = (text: string): string[] => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word a reader sees on the articles' cards, once, sorted; the shortest a correction can reach included. */
export function articleVocabulary(articles: ArticleWords[]): string[] {
  const words = new Set<string>();
  for (const { title, description, tags, category, author } of articles) {
    for (const word of wordsOf([title, description ?? "", ...tags, category, author].join(" "))) {
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
