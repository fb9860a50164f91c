// Finds the <img> elements of a built page with a real HTML parser and splices new markup in by source position, so
// everything else in the page stays byte for byte as the layouts wrote it.
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

/** Cheap test first: most pages of a large site (lists aside) are parsed only when they hold an image. */
export function mayHaveImages(html: string): boolean {
  return html.includes("<img");
}

/**
 * Every <img> outside <picture>, <script>, <style>, <pre> and <noscript>: an image already inside a <picture> was
 * placed there on purpose. Also returns where a preload can go: just before </head>, when the page has one.
 */
export function findImages(html: string): { images: FoundImage[]; headEnd: number | undefined } {
  const root = parse(html, { comment: false });
  const images = root
    .querySelectorAll("img")
    .filter((img) => img.parentNode?.rawTagName?.toLowerCase() !== "picture")
    .map((img) => ({ range: img.range, attributes: { ...img.attributes } }));
  return { images, headEnd: headEnd(html, root.querySelector("head")?.range) };
}

function headEnd(html: string, range: readonly [number, number] | undefined): number | undefined {
  if (!range) return undefined;
  const closing = html.lastIndexOf("</head>", range[1]);
  return closing >= range[0] ? closing : undefined;
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
