// Finds the <img> tags of a built page and splices new markup in by source position, so everything else in the page
// stays byte for byte as the layouts wrote it. A tag scanner, not a full parse: ten thousand pages each pay
// microseconds, not a DOM. It follows HTML's tokenizing rules where they matter here: comments, quoted attribute
// values (a ">" inside one), raw-text elements (<script>, <style>, <textarea>, <title>) and <picture> nesting.
import { parse } from "node-html-parser";

export interface FoundImage {
  /** [start, end) of the <img …> tag in the page. */
  range: readonly [number, number];
  attributes: Record<string, string>;
}

export interface Edit {
  range: readonly [number, number];
  html: string;
}

/** Cheap test first: a page without "<img" is returned untouched without scanning. */
export function mayHaveImages(html: string): boolean {
  return html.includes("<img");
}

const rawTextElements = new Set(["script", "style", "textarea", "title"]);
const tagName = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

/**
 * Every <img> outside <picture> (an image already in a <picture> was placed there on purpose), and where a preload
 * can go: just before </head>, when the page has one.
 */
export function findImages(html: string): { images: FoundImage[]; headEnd: number | undefined } {
  const images: FoundImage[] = [];
  let headEnd: number | undefined;
  let pictureDepth = 0;
  let at = html.indexOf("<");
  while (at !== -1) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      at = close === -1 ? -1 : html.indexOf("<", close + 3);
      continue;
    }
    tagName.lastIndex = at;
    const match = tagName.exec(html);
    if (!match) {
      at = html.indexOf("<", at + 1); // "<!doctype", "< 3", a stray "<" in text
      continue;
    }
    const end = tagEnd(html, tagName.lastIndex);
    if (end === -1) break;
    const closing = match[1] === "/";
    const name = (match[2] ?? "").toLowerCase();
    let next = end;
    if (name === "picture") pictureDepth = Math.max(0, pictureDepth + (closing ? -1 : 1));
    else if (closing && name === "head") headEnd ??= at;
    else if (!closing && name === "img" && pictureDepth === 0) {
      images.push({ range: [at, end], attributes: attributesOf(html.slice(at, end)) });
    } else if (!closing && rawTextElements.has(name)) {
      next = rawTextEnd(html, name, end);
    }
    at = html.indexOf("<", next);
  }
  return { images, headEnd };
}

/** The index just past the ">" that ends a tag, skipping ">" inside quoted attribute values; -1 if unterminated. */
function tagEnd(html: string, from: number): number {
  for (let index = from; index < html.length; index += 1) {
    const char = html[index];
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, index + 1);
      if (close === -1) return -1;
      index = close;
    } else if (char === ">") {
      return index + 1;
    }
  }
  return -1;
}

/** Raw text (a script's "<img" string, say) runs to the element's closing tag. */
function rawTextEnd(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}[\\s>/]`, "ig");
  closing.lastIndex = from;
  return closing.exec(html)?.index ?? html.length;
}

// The tags our layouts and markdown write: every attribute double-quoted, no entity to decode in any value.
const plainTag = /^<img((?:\s+[a-zA-Z_:][-\w:.]*="[^"<&]*")*)\s*\/?>$/;
const plainAttribute = /\s+([a-zA-Z_:][-\w:.]*)="([^"]*)"/g;

/** Attribute values decoded (entities and all) by a real HTML parser, on the tag alone; names are case-insensitive. */
export function attributesOf(tag: string): Record<string, string> {
  // A plain tag needs no parser (which cost a quarter of the images step on 3,000 pages): same names, same values.
  const plain = plainTag.exec(tag);
  if (plain) {
    const attributes: Record<string, string> = {};
    for (const [, name = "", value = ""] of (plain[1] ?? "").matchAll(plainAttribute)) {
      const key = name.toLowerCase();
      if (key in attributes) return parsedAttributes(tag); // a repeated name: the parser's rule decides
      attributes[key] = value;
    }
    return attributes;
  }
  return parsedAttributes(tag);
}

function parsedAttributes(tag: string): Record<string, string> {
  const attributes = parse(tag).querySelector("img")?.attributes ?? {};
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Applies non-overlapping edits (an empty range inserts). */
export function applyEdits(html: string, edits: Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  let result = "";
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.range[0] < cursor) throw new Error(`Overlapping image edits at ${edit.range[0]}`);
    result += html.slice(cursor, edit.range[0]) + edit.html;
    cursor = edit.range[1];
  }
  return result + html.slice(cursor);
}
