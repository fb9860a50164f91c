// Whether search results really show the words searched for: Pagefind answers a word it does not know with the longest
// prefix it does know, so junk such as «кщзщщщ» (or a layout guess such as «купгдфещт») "finds" every page with «к»,
// and a short word as a prefix of longer ones: «ЕС» "finds" «если», "EU" finds "-e".

/** What a result shows the reader: its excerpt with <mark>s, its title, its category, tags and author. */
export interface ShownResult {
  excerpt: string;
  title?: string;
  labels?: string[];
}

const markedWords = /<mark>([^<]*)<\/mark>/g;
/** The words of a text in lower case, split at anything that is not a letter or digit. */
export const wordsOf = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a word of a page is one the queries ask for. An abbreviation must be the word itself («ес» is not «если»,
 * «ии» not «и»); another word of three letters or fewer may take an ending of up to two letters («код», «кода»,
 * «кодом», not «кодекс»); a longer one matches a word starting like it, its first three letters («теги» and «тегах»
 * share only «тег»): a stem is rarely shorter. Synonym variants are passed as further queries.
 */
export function askedWord(queries: string[], abbreviations: string[]): (word: string) => boolean {
  const asked = queries.flatMap(wordsOf);
  const exact = new Set(abbreviations.map((word) => word.toLocaleLowerCase()));
  const short = asked.filter((word) => word.length <= 3 && !exact.has(word));
  const stems = asked.filter((word) => word.length > 3).map((word) => word.slice(0, 3));
  const matches = (part: string): boolean =>
    exact.has(part) ||
    short.some((word) => part.startsWith(word) && part.length <= word.length + 2) ||
    stems.some((stem) => part.startsWith(stem));
  return (word: string): boolean => wordsOf(word).some(matches);
}

/**
 * True when a result shows one of the queries' words: a highlighted word of its excerpt, or a word of its title or
 * labels (a tag-only match highlights nothing in the body).
 */
export function resultsShowWords(results: ShownResult[], queries: string[], abbreviations: string[] = []): boolean {
  const asked = askedWord(queries, abbreviations);
  return results.some(
    ({ excerpt, title = "", labels = [] }) =>
      [...excerpt.matchAll(markedWords)].some(([, marked]) => asked(marked ?? "")) || [title, ...labels].flatMap(wordsOf).some(asked),
  );
}
