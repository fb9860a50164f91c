// Whether search results really show the words searched for: Pagefind answers a word it does not know with the longest
// prefix it does know, so junk such as «кщзщщщ» (or a layout guess such as «купгдфещт») "finds" every page with «к».

/** What a result shows the reader: its excerpt with Pagefind's <mark>s, its title, its category, tags and author. */
export interface ShownResult {
  excerpt: string;
  title?: string;
  labels?: string[];
}

const markedWords = /<mark>([^<]*)<\/mark>/g;
const letters = (text: string): string => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const words = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(letters)
    .filter(Boolean);

/**
 * True when a result shows one of the queries' words in some form: a highlighted word of its excerpt, or a word of its
 * title or labels (a tag-only match highlights nothing in the body), starts like it. "Like" is the first three letters
 * («теги» and «тегах» share only «тег»), two for a word of two or three letters («сны», «сна»): a stem is rarely
 * shorter, and Pagefind's fallback to a known prefix shares one letter. Synonym variants are passed as further queries.
 */
export function resultsShowWords(results: ShownResult[], queries: string[]): boolean {
  const stems = queries.flatMap(words).map((word) => word.slice(0, word.length > 3 ? 3 : 2));
  const startsLikeQuery = (word: string): boolean => stems.some((stem) => word.startsWith(stem));
  return results.some(
    ({ excerpt, title = "", labels = [] }) =>
      [...excerpt.matchAll(markedWords)].some(([, marked]) => startsLikeQuery(letters(marked ?? ""))) ||
      [title, ...labels].flatMap(words).some(startsLikeQuery),
  );
}
