// Category names across languages from _data/categories.json ([{ id, names: { ru, en } }]), when the site has one.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { EditorError, problemLine } from "../content/editor-error.ts";

interface CategoryEntry {
  id?: string;
  names: Record<string, string>;
}

/** The category entries, or [] when the site declares no mapping (every name is then kept as written). */
export function loadCategoryEntries(dataDir: string): CategoryEntry[] {
  const file = path.join(dataDir, "categories.json");
  if (!existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new EditorError([problemLine(file, "file", "valid JSON", (error as Error).message)]);
  }
  // Accept the list itself or { "categories": [...] }: the mapping's final shape is owned by the taxonomy work.
  const list = Array.isArray(parsed) ? parsed : (parsed as { categories?: unknown } | null)?.categories;
  if (!Array.isArray(list)) return [];
  return list.filter((entry): entry is CategoryEntry => typeof entry === "object" && entry !== null && typeof entry.names === "object");
}

/** The category's name in `to`, or undefined when the mapping does not know it. */
export function mapCategory(entries: readonly CategoryEntry[], name: string, from: string, to: string): string | undefined {
  const entry = entries.find((candidate) => candidate.names[from] === name);
  const mapped = entry?.names[to];
  return typeof mapped === "string" && mapped.trim() !== "" ? mapped : undefined;
}
