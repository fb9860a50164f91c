// Errors an editor can cause, printed as one line per problem (file, field, expected, found) without a stack trace.

export class EditorError extends Error {
  /** Read by Eleventy's error handler: the lines are the message, a stack trace would only hide them. */
  readonly skipOriginalStack = true;

  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "EditorError";
  }
}

/** `file: field: expected …, found …` */
export function problemLine(file: string, field: string, expected: string, found: string): string {
  return `${file}: ${field}: expected ${expected}, found ${found}`;
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
