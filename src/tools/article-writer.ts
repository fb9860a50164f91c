// Writes an article file the way editors write them: quoted strings, bare YYYY-MM-DD dates, tags as a [list].
import { articleFields } from "../content/schema.ts";
import { articleTagsKey } from "../content/front-matter.ts";

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One YAML value. JSON is valid YAML, and quoting every string keeps a fingerprint of digits (or "yes", "1e5") a
 * string; dates stay bare so they read like the editors' own files.
 */
function yamlValue(key: string, value: unknown): string {
  if (typeof value === "string" && key.endsWith("Date") && datePattern.test(value)) return value;
  if (Array.isArray(value)) return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
  return JSON.stringify(value);
}

/** Front matter in the schema's field order (unknown fields after), then the body. Tags read from articleTagsKey too. */
export function formatArticleFile(fields: Record<string, unknown>, body: string): string {
  const { [articleTagsKey]: movedTags, ...rest } = fields;
  const all: Record<string, unknown> = movedTags === undefined ? rest : { ...rest, tags: movedTags };
  const order = [...articleFields, ...Object.keys(all).filter((key) => !(articleFields as string[]).includes(key))];
  const lines = order.filter((key) => all[key] !== undefined && all[key] !== null).map((key) => `${key}: ${yamlValue(key, all[key])}`);
  return `---\n${lines.join("\n")}\n---\n\n${body.replace(/^\n+/, "")}`;
}
