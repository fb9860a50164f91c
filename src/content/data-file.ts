// The one reader of the _data/*.json files: read, JSON.parse and a zod schema, every problem one editor line.
import { existsSync, readFileSync } from "node:fs";
import type { z } from "zod";
import { EditorError, describeFound, problemLine } from "./editor-error.ts";
import { displayPath } from "./front-matter.ts";

/** Reads and checks one data file; `contents` says what it holds, for the line when the file does not exist. */
export function readDataFile<S extends z.ZodType>(file: string, schema: S, contents: string): z.output<S> {
  const shown = displayPath(file);
  if (!existsSync(file)) throw new EditorError([problemLine(shown, "file", contents, "no such file")]);
  const checked = checkData(shown, parseJson(shown, readFileSync(file, "utf8")), schema);
  if (!checked.ok) throw new EditorError(checked.problems);
  return checked.data;
}

/** The one line for a JSON data file that does not parse (any file Eleventy reads from _data/), or undefined. */
export function jsonFileProblem(file: string): string | undefined {
  try {
    parseJson(displayPath(file), readFileSync(file, "utf8"));
    return undefined;
  } catch (error) {
    if (error instanceof EditorError) return error.problems[0];
    throw error;
  }
}

/** JSON.parse, its error as `file: file: expected valid JSON, found "}" at line L, column C` rather than a stack trace. */
function parseJson(shown: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EditorError([problemLine(shown, "file", "valid JSON", jsonErrorFound(text, (error as Error).message))]);
  }
}

/** What JSON.parse stopped at, and where, as the editor's editor counts lines and columns. */
function jsonErrorFound(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message)?.[1];
  const position = at !== undefined ? Number(at) : /end of JSON input/.test(message) ? text.length : undefined;
  // V8 names no position for some short inputs ("Unexpected token '}', "{"a": }" is not valid JSON"): its words then.
  if (position === undefined) return message;
  const lines = text.slice(0, position).split("\n");
  const where = `at line ${lines.length}, column ${(lines.at(-1) ?? "").length + 1}`;
  return `${position >= text.length ? "the end of the file" : JSON.stringify(text[position])} ${where}`;
}

/** A parsed file's contents against its schema: the data, or one `file: field: expected …, found …` line per issue. */
export function checkData<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; problems: string[] } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) =>
    // A strict object's unknown keys come as one issue; each key is its own line, as the editor fixes them one by one.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => problemLine(file, fieldName([...issue.path, key]), issue.message, "an unused key"))
      : [problemLine(file, fieldName(issue.path), issue.message, describeFound(valueAt(raw, issue.path)))],
  );
  return { ok: false, problems };
}

/** `[2].names.en`, `ru[0]`, or `(root)` for the whole file. */
function fieldName(issuePath: ReadonlyArray<PropertyKey>): string {
  if (issuePath.length === 0) return "(root)";
  return issuePath
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
}

function valueAt(raw: unknown, issuePath: ReadonlyArray<PropertyKey>): unknown {
  return issuePath.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    raw,
  );
}
