// No page is written outside the output folder, whatever a template or data file sets as its permalink.
import path from "node:path";
import { EditorError, describeFound, problemLine } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";

/** True when `file` lies inside `folder` (not the folder itself, not beside it). */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** The line that stops a build whose page would land outside the output; thrown before Eleventy writes the file. */
export function outsideOutputError(inputPath: string, url: unknown, outputPath: string): EditorError {
  const expected = "an address inside the site";
  const found = `${describeFound(url)}, which would write ${displayPath(outputPath)} outside the output folder`;
  return new EditorError([problemLine(displayPath(inputPath), "permalink", expected, found)]);
}
