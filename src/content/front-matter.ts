// Front matter YAML without implicit dates: "2026-02-30" stays a string to validate, never silently becomes 2 March.
import path from "node:path";
import yaml from "js-yaml";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";

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
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new EditorError([problemLine(file, "front matter", "a list of fields (key: value)", describeFound(data))]);
  }
  return moveTags(data as Record<string, unknown>);
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
