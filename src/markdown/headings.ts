// Heading anchors: stable transliterated ids for every markdown heading, recorded for the article's table of contents.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { toSlug } from "../content/slugs.ts";

export interface Heading {
  /** 1–6, from the heading tag. */
  level: number;
  id: string;
  /** Plain text as the reader sees it (after typography), for the table of contents. */
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Where the headings of one render are kept in the render env (Eleventy passes the page's data as env, and layouts
 * receive that data). A symbol cannot clash with a front matter field.
 */
export const headingsKey = Symbol.for("article.headings");

/** Ids the page layouts use themselves: a heading that would slug to one of them gets a number instead. */
export const layoutIds: readonly string[] = ["main", "site-search", "toc-title"];

/** Articles with fewer h2/h3 headings than this get no table of contents: it would only repeat what is in view. */
export const tocMinimumHeadings = 3;

/** Fallback for a heading with no letters or digits (only emoji or punctuation). */
const emptySlug = "section";

function plainText(inline: Token | undefined): string {
  const parts = (inline?.children ?? []).map((child) =>
    child.type === "text" || child.type === "code_inline" || child.type === "image" ? child.content : "",
  );
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * `text` → `text`, `text-2`, `text-3` in document order. An id depends only on its heading's own text and on the
 * earlier headings with the same text, so editing the rest of the article never moves an anchor.
 */
export function uniqueIds(texts: readonly string[], reserved: readonly string[] = layoutIds): string[] {
  const taken = new Set(reserved);
  return texts.map((text) => {
    const base = toSlug(text) || emptySlug;
    let id = base;
    for (let number = 2; taken.has(id); number++) id = `${base}-${number}`;
    taken.add(id);
    return id;
  });
}

/** markdown-it plugin: sets `id` on heading_open tokens and records the headings in `env[headingsKey]`. */
export function headingAnchors(markdown: MarkdownIt): void {
  // Pushed last, so the text it reads has already been through the typographer (quotes, dashes).
  markdown.core.ruler.push("heading_anchors", (state: StateCore) => {
    const opens = state.tokens.flatMap((token, index) => (token.type === "heading_open" ? [index] : []));
    const texts = opens.map((index) => plainText(state.tokens[index + 1]));
    const ids = uniqueIds(texts);
    const headings = opens.map((index, position): Heading => {
      const token = state.tokens[index] as Token;
      const id = ids[position] ?? emptySlug;
      token.attrSet("id", id);
      return { level: Number(token.tag.slice(1)), id, text: texts[position] ?? "" };
    });
    if (state.env && typeof state.env === "object") (state.env as Record<symbol, unknown>)[headingsKey] = headings;
    return true;
  });
}

/** The headings a markdown render recorded in the page's data; none when the page was not rendered from markdown. */
export function recordedHeadings(data: object): Heading[] {
  const headings = (data as Record<symbol, unknown>)[headingsKey];
  return Array.isArray(headings) ? (headings as Heading[]) : [];
}

/** h2 entries with their h3 entries nested; empty when the article has fewer than three h2/h3 headings. */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const listed = headings.filter((heading) => heading.level === 2 || heading.level === 3);
  if (listed.length < tocMinimumHeadings) return [];
  const entries: TocEntry[] = [];
  for (const heading of listed) {
    const entry: TocEntry = { id: heading.id, text: heading.text, children: [] };
    const parent = entries.at(-1);
    // An h3 before any h2 has no section to belong to, so it stands at the top level.
    if (heading.level === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}
