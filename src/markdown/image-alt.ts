// Markdown images: alt text is required (`![""](…)` marks a decorative one, rendered alt=""), and the image must be a
// file of the site under /images/; otherwise the build stops with a line naming the article and the image.
import { existsSync } from "node:fs";
import path from "node:path";
import type { MarkdownIt, Token } from "markdown-it";
import { EditorError } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";
import { linkedOutside } from "../content/paths.ts";
import {
  bodyImageSourceProblem,
  imageProblem,
  isSvg,
  missingAltProblem,
  missingImageProblem,
  sitePathOf,
  sourceFileOf,
} from "../images/policy.ts";
import { svgProblems } from "../images/svg-safety.ts";

/** What an editor writes for "this image says nothing": an explicitly empty alt, in straight or typographic quotes. */
const decorativeAlt = /^\s*(""|''|«»|“”|„“)\s*$/;

export type AltText = { kind: "text" } | { kind: "decorative" } | { kind: "missing" };

/** Reads the alt text as the editor typed it (before the typographer turns "" into «»). */
export function altTextOf(source: string): AltText {
  if (decorativeAlt.test(source)) return { kind: "decorative" };
  return source.trim() === "" ? { kind: "missing" } : { kind: "text" };
}

export function imageAltPolicy(markdown: MarkdownIt): void {
  markdown.core.ruler.push("image_alt_text", (state) => {
    const env = state.env as { page?: { inputPath?: string }; problems?: string[] } | undefined;
    const file = displayPath(env?.page?.inputPath ?? "markdown");
    const problems: string[] = [];
    for (const image of images(state.tokens)) {
      const alt = altTextOf(image.content);
      if (alt.kind === "decorative") image.children = [];
      const src = String(image.attrGet("src") ?? "");
      if (alt.kind === "missing") problems.push(missingAltProblem(file, src));
      const source = bodyImageSourceProblem(file, src);
      if (source) problems.push(source);
    }
    // The content check collects the problems with the rest of the file's; a render stops at them.
    if (env?.problems) env.problems.push(...problems);
    else if (problems.length > 0) throw new EditorError(problems);
  });
}

function* images(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    if (token.type === "image") yield token;
    if (token.children) yield* images(token.children);
  }
}

/**
 * Every problem of a body's images, before the build renders it: the rule above (alt text, where the image lives),
 * then that each /images/… file exists.
 */
export function bodyImageProblems(markdown: MarkdownIt, body: string, inputPath: string, inputDir: string): string[] {
  const problems: string[] = [];
  const tokens = markdown.parse(body, { page: { inputPath }, problems });
  const file = displayPath(inputPath);
  const missing = [...images(tokens)].flatMap((image) => {
    const src = String(image.attrGet("src") ?? "");
    const sitePath = sitePathOf(src);
    const source = sitePath ? sourceFileOf(sitePath, inputDir) : undefined;
    if (!sitePath) return [];
    if (!source) return [imageProblem(file, src, "a file under content/images/", "a path that leaves that folder")];
    if (!existsSync(source)) return [missingImageProblem(file, sitePath, source)];
    const outside = linkedOutside(source, path.dirname(inputDir));
    if (outside) return [imageProblem(file, sitePath, "a file inside the project", `a link to ${outside}`)];
    return isSvg(source) ? svgProblems(source, displayPath(source)) : [];
  });
  return [...problems, ...missing];
}
