// The UI dictionaries (_data/i18n/<lang>.json) checked as every data file is: every UI key a non-empty string, no other key.
import path from "node:path";
import { z } from "zod";
import { checkData, readDataFile } from "../content/data-file.ts";
import { EditorError } from "../content/editor-error.ts";
import type { SiteLanguages } from "../content/languages.ts";
import { uiKeys } from "./ui-strings.ts";

const uiString = z.string({ error: "a non-empty string" }).min(1, { error: "a non-empty string" });

const dictionarySchema = z.strictObject(Object.fromEntries(uiKeys.map((key) => [key, uiString])), {
  error: (issue) => (issue.code === "unrecognized_keys" ? "one of the known UI keys" : 'the UI strings as { "key": "text" }'),
});

/** Keys missing from or unknown to one dictionary, for the dictionary test. */
export function dictionaryProblems(file: string, dictionary: Record<string, unknown>): string[] {
  const checked = checkData(file, dictionary, dictionarySchema);
  return checked.ok ? [] : checked.problems;
}

/** The build's start-up check of every declared language's dictionary: all their problems at once. */
export function checkDictionaries(site: SiteLanguages, dataDir: string): void {
  const problems = site.languages.flatMap(({ code }) => {
    try {
      readDataFile(path.join(dataDir, "i18n", `${code}.json`), dictionarySchema, `the UI strings of "${code}"`);
      return [];
    } catch (error) {
      if (error instanceof EditorError) return error.problems;
      throw error;
    }
  });
  if (problems.length > 0) throw new EditorError(problems);
}
