// An SVG is published as it is, so it must not be able to run or fetch: scripts, event handlers, javascript: URLs,
// foreign HTML and references to other sites are refused, each as one line naming the file.
import { readFileSync } from "node:fs";
import { Parser } from "htmlparser2";
import { problemLine } from "../content/editor-error.ts";

const expected = "an SVG that cannot run script or load anything from elsewhere";
const linkAttributes = new Set(["href", "xlink:href", "src"]);
// url(…) and @import in <style> and style="…": a remote stylesheet, font or image is a tracking request.
const cssReference = /(?:url\(\s*['"]?|@import\s+['"]?)\s*((?:[a-z][a-z\d+.-]*:|\/\/)[^'")\s]*)/gi;

/** A link that runs (javascript:, or an HTML/SVG document in data:) or leaves the file (http:, //host), or undefined. */
function unsafeLink(value: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside the scheme ("java\tscript:").
  const link = [...value]
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join("")
    .toLowerCase();
  if (link.startsWith("javascript:") || link.startsWith("vbscript:")) return "a javascript: link";
  if (link.startsWith("data:") && !/^data:image\/(?:png|jpeg|gif|webp|avif);/.test(link)) return "a data: URL that is not a raster image";
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/.test(link) && !link.startsWith("data:")) return `a reference to ${value.trim()}`;
  return undefined;
}

/** Every problem of the SVG file, named `shown` in the lines (content/images/…). */
export function svgProblems(file: string, shown: string): string[] {
  const problems: string[] = [];
  const report = (where: string, found: string): void => {
    problems.push(problemLine(shown, where, expected, found));
  };
  const checkCss = (where: string, css: string): void => {
    for (const [, reference = ""] of css.matchAll(cssReference)) {
      const why = unsafeLink(reference);
      if (why) report(where, why);
    }
  };
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (tag === "script") report("<script>", "a <script> element");
        if (tag === "foreignobject") report("<foreignObject>", "a <foreignObject> element (HTML inside the SVG)");
        inStyle = tag === "style";
        for (const [attribute, value] of Object.entries(attributes)) {
          const lower = attribute.toLowerCase();
          if (lower.startsWith("on")) report(`<${name} ${attribute}>`, "an event handler attribute");
          else if (linkAttributes.has(lower)) {
            const why = unsafeLink(value);
            if (why) report(`<${name} ${attribute}>`, why);
          } else if (lower === "style") checkCss(`<${name} style>`, value);
        }
      },
      ontext(text) {
        if (inStyle) checkCss("<style>", text);
      },
      onclosetag() {
        inStyle = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(readFileSync(file, "utf8"));
  return [...new Set(problems)];
}
