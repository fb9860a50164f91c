// No page is written outside the output folder, whatever a template or data file sets as its permalink.
import { EditorError, describeFound, problemLine } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";

/** The line that stops a build whose page would land outside the output; thrown before Eleventy writes the file. */
export function outsideOutputError(inputPath: string, url: unknown, outputPath: string): EditorError {
  const expected = "an address inside the site";
  const found = `${describeFound(url)}, which would write ${displayPath(outputPath)} outside the output folder`;
  return new EditorError([problemLine(displayPath(inputPath), "permalink", expected, found)]);
}
