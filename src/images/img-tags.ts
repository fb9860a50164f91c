// Finds the <img> tags of a built page and splices new markup in by source position, so everything else in the page
// stays byte for byte as the layouts wrote it. htmlparser2's streaming tokenizer reports each tag's offsets without
// building a DOM, and follows HTML's rules for comments, quoting, entities and raw text (<script>, <style>, <title>).
import { Parser } from "htmlparser2";

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

/**
 * Every <img> outside <picture> (an image already in a <picture> was placed there on purpose), and where a preload
 * can go: just before </head>, when the page has one.
 */
export function findImages(html: string): { images: FoundImage[]; headEnd: number | undefined } {
  const images: FoundImage[] = [];
  let headEnd: number | undefined;
  let pictureDepth = 0;
  // htmlparser2 7 tokenizes a <textarea>'s content as markup, where HTML reads it as text: its tags are not images.
  let inTextarea = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "picture") pictureDepth += 1;
      else if (name === "textarea") inTextarea = true;
      else if (name === "img" && pictureDepth === 0 && !inTextarea) {
        // Names come lowercased and values decoded; a repeated name keeps its first value, as HTML does.
        images.push({ range: [parser.startIndex, parser.endIndex + 1], attributes });
      }
    },
    onclosetag(name, isImplied) {
      if (name === "picture") pictureDepth = Math.max(0, pictureDepth - 1);
      else if (name === "textarea") inTextarea = false;
      // Only a written </head>: the parser also closes <head> by itself when <body> opens.
      else if (name === "head" && !isImplied) headEnd ??= parser.startIndex;
    },
  });
  parser.end(html);
  return { images, headEnd };
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
