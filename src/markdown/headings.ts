// Heading anchors: stable transliterated ids for every markdown heading, recorded for the article's table of contents.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import anchor from "markdown-it-anchor";
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
  return plainTextOf(inline?.children ?? []);
}

function plainTextOf(children: readonly Token[]): string {
  const parts = children.map((child) =>
    child.type === "text" || child.type === "code_inline" || child.type === "image" ? child.content : "",
  );
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * markdown-it plugin: markdown-it-anchor sets `id` on heading_open tokens, `text` → `text`, `text-2`, `text-3` in
 * document order; the headings are then recorded in `env[headingsKey]`. An id depends only on its heading's own text
 * and on the earlier headings with the same text, so editing the rest of the article never moves an anchor.
 */
export function headingAnchors(markdown: MarkdownIt): void {
  // The library keeps taken ids on env.markdownItAnchor.slugs, which would carry over to a second render of the same
  // env: each render starts afresh, with the layouts' ids already taken.
  markdown.core.ruler.push("heading_ids_reserved", (state: StateCore) => {
    (state.env as Record<string, unknown>).markdownItAnchor = { slugs: Object.fromEntries(layoutIds.map((id) => [id, true])) };
    return true;
  });
  // Pushed after the typographer, so the text it reads has its quotes and dashes. No tabindex (the library's default
  // adds tabindex="-1" to every heading).
  markdown.use(anchor, {
    slugify: (text: string) => toSlug(text) || emptySlug,
    getTokensText: (tokens: Token[]) => plainTextOf(tokens),
    uniqueSlugStartIndex: 2,
    tabIndex: false,
  });
  // The library's callback is not given the render's env, so the headings are read from the tokens afterwards.
  markdown.core.ruler.push("heading_record", (state: StateCore) => {
    const headings = state.tokens.flatMap((token, index): Heading[] =>
      token.type === "heading_open"
        ? [{ level: Number(token.tag.slice(1)), id: String(token.attrGet("id")), text: plainText(state.tokens[index + 1]) }]
        : [],
    );
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
