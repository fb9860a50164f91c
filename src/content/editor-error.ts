// Errors an editor can cause, printed as one line per problem (file, field, expected, found) without a stack trace.

export class EditorError extends Error {
  /** Read by Eleventy's error handler: the lines are the message, a stack trace would only hide them. */
  readonly skipOriginalStack = true;

  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "EditorError";
  }
}

/** `file: field: expected …, found …`, always one printable line whatever the editor's text holds. */
export function problemLine(file: string, field: string, expected: string, found: string): string {
  return printable(`${file}: ${field}: expected ${expected}, found ${found}`);
}

// Control characters (a terminal runs ESC sequences), line and paragraph separators, and bidi overrides (which
// reorder the rest of the line as it is shown): written as \u escapes, so a line stays one line and says what it holds.
const unprintable = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function printable(line: string): string {
  return line.replace(unprintable, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

/** A value as an editor would recognise it in the problem line. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : quote(value);
  if (Array.isArray(value)) return `a list ${quote(JSON.stringify(value))}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === "object") return `a mapping ${quote(JSON.stringify(value))}`;
  return `${typeof value} ${String(value)}`;
}

function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `"${short.replace(/\s+/g, " ")}"`;
}
