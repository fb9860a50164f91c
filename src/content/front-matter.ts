// Front matter YAML without implicit dates: "2026-02-30" stays a string to validate, never silently becomes 2 March.
import path from "node:path";
import yaml from "js-yaml";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";

/** A markdown file cut where Eleventy's reader (@11ty/gray-matter, called by its TemplateContent) cuts it. */
export interface FrontMatterSplit {
  /** The word after the opening --- (js in ---js); "" for the default, YAML. */
  language: string;
  /** The lines between the opening --- line and the closing ---, each with its line break. */
  yaml: string;
  /** Everything after the closing --- and one line break. */
  body: string;
}

/**
 * The one front matter splitter of the tools and the dev server, with gray-matter's rules so they read what the build
 * reads: one leading BOM dropped; the file starts with --- not followed by a fourth -; the rest of that line, trimmed,
 * names the language; the block ends at the first "\n---" (whatever follows on that line belongs to the body, as
 * trailing spaces do); no closing line makes the whole rest front matter. undefined when the file has no front matter.
 */
export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  if (!text.startsWith("---") || text[3] === "-") return undefined;
  let rest = text.slice(3);
  const lineEnd = rest.search(/\r?\n/);
  const opening = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
  const language = opening.trim();
  if (language !== "") rest = rest.slice(opening.length);
  const firstBreak = rest.indexOf("\n");
  const close = rest.indexOf("\n---");
  if (close === -1) return { language, yaml: firstBreak === -1 ? "" : rest.slice(firstBreak + 1), body: "" };
  const yaml = close === firstBreak ? "" : rest.slice(firstBreak + 1, close + 1);
  return {
    language,
    yaml,
    body: rest
      .slice(close + 4)
      .replace(/^\r/, "")
      .replace(/^\n/, ""),
  };
}

/** The front matter's fields, through the engine the build uses for its language. */
export function frontMatterData(split: FrontMatterSplit, file: string): Record<string, unknown> {
  // gray-matter hands a block of blank and comment lines to no engine at all: such front matter is empty.
  if (split.yaml.replace(/^\s*#[^\n]+/gm, "").trim() === "") return {};
  const engine = frontMatterEngines[split.language || "yaml"];
  if (!engine) {
    throw new EditorError([problemLine(displayPath(file), "front matter", "YAML between --- lines", `---${split.language} front matter`)]);
  }
  return engine(split.yaml, { filePath: file }) as Record<string, unknown>;
}

/** gray-matter's engine signature; Eleventy passes the template's path as `filePath`. */
export function parseFrontMatter(source: string, options?: { filePath?: string }): object {
  const file = displayPath(options?.filePath ?? "front matter");
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // The YAML block starts on the file's second line, after the opening ---.
      const line = error.mark ? ` at line ${error.mark.line + 2}` : "";
      throw new EditorError([problemLine(file, "front matter", "valid YAML", `${error.reason}${line}`)]);
    }
    throw error;
  }
  if (data === undefined || data === null) return {};
  if (sharesValues(data)) {
    // js-yaml shares an aliased mapping or list by reference; copying the data (Eleventy's cascade does) expands it,
    // and nine levels of aliases ("billion laughs") took 66 s and 2.3 GB before failing.
    throw new EditorError([problemLine(file, "front matter", "plain fields without YAML anchors and aliases (&name, *name)", "an alias")]);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new EditorError([problemLine(file, "front matter", "a list of fields (key: value)", describeFound(data))]);
  }
  return moveTags(data as Record<string, unknown>);
}

/** True when one mapping or list is reached twice: the mark of a YAML alias (a walk that stops at the first repeat). */
function sharesValues(root: unknown): boolean {
  const seen = new WeakSet<object>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== "object" || value === null) return false;
    if (seen.has(value)) return true;
    seen.add(value);
    return Object.values(value).some(visit);
  };
  return visit(root);
}

/**
 * Eleventy turns `tags` into collections and splits a string at commas, which would hide a malformed list from
 * validation (and a tag named "all" would clash with Eleventy's own collection). Articles' tags live under this key.
 */
export const articleTagsKey = "articleTags";

function moveTags(data: Record<string, unknown>): Record<string, unknown> {
  if (!("tags" in data)) return data;
  const { tags, ...rest } = data;
  return { ...rest, [articleTagsKey]: tags };
}

/** Paths in messages are relative to the project, as editors see them in their editor. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") ? file : relative;
}

/** `---js` front matter would run an editor's JavaScript during the build: refused with a clear line instead. */
export function refuseScriptFrontMatter(_source: string, options?: { filePath?: string }): never {
  const file = displayPath(options?.filePath ?? "front matter");
  throw new EditorError([problemLine(file, "front matter", "YAML between --- lines", "JavaScript front matter (---js), which is not run")]);
}

/** The engines Eleventy's reader is given (src/markdown/plugin.ts) and the tools read with. */
export const frontMatterEngines: Record<string, (source: string, options?: { filePath?: string }) => object> = {
  yaml: parseFrontMatter,
  js: refuseScriptFrontMatter,
  javascript: refuseScriptFrontMatter,
};
