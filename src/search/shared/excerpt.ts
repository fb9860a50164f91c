// Pagefind's excerpts are escaped text with <mark> around matched words: split into parts rendered as text, never as HTML.

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities an escaped excerpt can hold; anything unknown stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith("#")) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return entities[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** "a <mark>model</mark> &lt;b&gt;" → [{a }, {model, marked}, { <b>}]; empty parts are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece !== "") parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** The parts of a Pagefind result an excerpt is cut from (its fragment's text and where the query matched in it). */
export interface ExcerptSource {
  content: string;
  /** Word positions in `content` (split at white space) that matched, each with its weight: 1 in the article's own text. */
  weighted_locations?: Array<{ weight: number; location: number }>;
  meta: Partial<Record<"title", string>>;
  filters: Record<string, string[]>;
}

const escapeExcerpt = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A marked word's punctuation stays outside its <mark>: «<mark>модель</mark>,». */
const markWord = (word: string): string => {
  const [, before = "", core = "", after = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
  return core ? `${escapeExcerpt(before)}<mark>${escapeExcerpt(core)}</mark>${escapeExcerpt(after)}` : escapeExcerpt(word);
};
/** A text's words as Pagefind counts them for its word positions: split at white space. */
export const spaced = (text: string | undefined): string[] => (text ?? "").split(/\s+/).filter(Boolean);

/** Whether Pagefind matched, anywhere in the page (title and labels too), a word `asked` accepts. */
export function matchesAsked(source: Pick<ExcerptSource, "content" | "weighted_locations">, asked: (word: string) => boolean): boolean {
  const words = spaced(source.content);
  return (source.weighted_locations ?? []).some(({ location }) => asked(words[location] ?? ""));
}

/**
 * The excerpt a result shows, in Pagefind's form (escaped text, asked words in <mark>), cut from the article's own
 * text: Pagefind indexes the weighted title, description, category and author first and cuts its excerpt where the
 * matches weigh most, which is there. The window of `length` words holds the most words `asked` accepts at places
 * Pagefind matched; with none in the text (a title or tag match), the description stands in.
 */
export function articleExcerpt(source: ExcerptSource, asked: (word: string) => boolean, length = 30): string {
  const words = spaced(source.content);
  const { start, description } = articleTextStart(words, source);
  const end = Math.max(start, words.length - (source.filters.tag ?? []).flatMap(spaced).length);
  const hits = [...new Set((source.weighted_locations ?? []).map(({ location }) => location))]
    .filter((location) => location >= start && location < end && asked(words[location] ?? ""))
    .sort((a, b) => a - b);
  if (hits.length === 0 && description.length > 0)
    return description.map((word) => (asked(word) ? markWord(word) : escapeExcerpt(word))).join(" ");
  let from = start;
  let best = -1;
  for (const hit of hits) {
    const candidate = Math.max(start, Math.min(hit - 5, end - length));
    const count = hits.filter((other) => other >= candidate && other < candidate + length).length;
    if (count > best) [from, best] = [candidate, count];
  }
  const to = Math.min(end, from + length);
  const marked = new Set(hits);
  const text = words
    .slice(from, to)
    .map((word, index) => (marked.has(from + index) ? markWord(word) : escapeExcerpt(word)))
    .join(" ");
  return `${from > start ? "… " : ""}${text}${to < end ? " …" : ""}`;
}

const bare = (word: string): string => word.replace(/[^\p{L}\p{N}]+$/u, "");

/**
 * Where the article's own text begins in its indexed words: after the title, the description, then the category and
 * author, found as the first run of those labels after the title. The description is the words in between.
 */
function articleTextStart(words: string[], source: ExcerptSource): { start: number; description: string[] } {
  const after = spaced(source.meta.title).length;
  const labels = [...(source.filters.category ?? []), ...(source.filters.author ?? [])].flatMap(spaced).map(bare);
  if (labels.length === 0) return { start: after, description: [] };
  for (let index = after; index + labels.length <= words.length; index++) {
    if (labels.every((label, offset) => bare(words[index + offset] ?? "") === label)) {
      return { start: index + labels.length, description: words.slice(after, index) };
    }
  }
  return { start: after, description: [] };
}
