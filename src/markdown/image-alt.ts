// Markdown images: alt text is required (`![""](…)` marks a decorative one, rendered alt=""), and the image must be a
// file of the site under /images/; otherwise the build stops with a line naming the article and the image.
import type { MarkdownIt, Token } from "markdown-it";
import { EditorError } from "../content/editor-error.ts";
import { displayPath } from "../content/front-matter.ts";
import { bodyImageSourceProblem, missingAltProblem } from "../images/policy.ts";

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
    const env = state.env as { page?: { inputPath?: string } } | undefined;
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
    if (problems.length > 0) throw new EditorError(problems);
  });
}

function* images(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    if (token.type === "image") yield token;
    if (token.children) yield* images(token.children);
  }
}
