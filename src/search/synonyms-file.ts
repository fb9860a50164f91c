// _data/synonyms.json, checked at build: each language's synonym groups for the search page.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { checkData, readDataFile } from "../content/data-file.ts";
import { EditorError } from "../content/editor-error.ts";
import type { SynonymGroups } from "./shared/synonyms.ts";

const synonymsFile = "_data/synonyms.json";

const groupSchema = z.custom<string[]>(
  (group) => Array.isArray(group) && group.length >= 2 && group.every((word) => typeof word === "string" && word.trim() !== ""),
  { error: "a list of at least two non-empty words" },
);

const synonymsSchema = z.record(z.string(), z.array(groupSchema, { error: "a list of groups" }), {
  error: "a mapping of language code to a list of groups",
});

/** Checks the file, when the site has one, before Eleventy reads it: a broken file is one line, not a stack trace. */
export function checkSynonymsFile(dataDir: string): void {
  const file = path.join(dataDir, "synonyms.json");
  if (existsSync(file)) readDataFile(file, synonymsSchema, "the synonym groups of each language");
}

/** One language's groups; a file an editor broke is reported by file, position and what was found. */
export function languageSynonyms(data: unknown, lang: string): SynonymGroups {
  if (data === undefined) return [];
  const checked = checkData(synonymsFile, data, synonymsSchema);
  if (!checked.ok) throw new EditorError(checked.problems);
  return checked.data[lang] ?? [];
}
