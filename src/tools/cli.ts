// What the command-line tools share: argument parsing with editor-facing errors, the site's folders, exit codes.
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EditorError, problemLine } from "../content/editor-error.ts";
import { loadLanguages, type SiteLanguages } from "../content/languages.ts";

export const siteOptions = {
  content: { type: "string" },
  data: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** A command-line mistake, as one `command: argument: expected …, found …` line. */
export function usageError(command: string, argument: string, expected: string, found: string): EditorError {
  return new EditorError([problemLine(command, argument, expected, found)]);
}

/** node:util parseArgs, with its TypeErrors turned into the same one-line messages as every other mistake. */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError) throw usageError(command, "arguments", "the options listed by --help", error.message);
    throw error;
  }
}

export interface SiteFolders {
  contentDir: string;
  dataDir: string;
  languages: SiteLanguages;
}

/** content/ comes from --content or CONTENT_DIR (tests point it at a copy); _data/ from --data, DATA_DIR or beside it. */
export function siteFolders(values: { content?: string | undefined; data?: string | undefined }): SiteFolders {
  const contentDir = values.content ?? process.env.CONTENT_DIR ?? "content";
  const dataDir = values.data ?? process.env.DATA_DIR ?? path.join(contentDir, "..", "_data");
  return { contentDir, dataDir, languages: loadLanguages(dataDir) };
}

/**
 * Runs a command's main, which returns its exit code (or a promise of it): editor mistakes print their lines and exit
 * 1, never a stack trace.
 */
export function runCommand(main: () => number | Promise<number>): void {
  const fail = (error: unknown): void => {
    if (error instanceof EditorError) console.error(error.problems.join("\n"));
    else console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  };
  try {
    const code = main();
    if (typeof code === "number") process.exitCode = code;
    else
      code.then((settled) => {
        process.exitCode = settled;
      }, fail);
  } catch (error) {
    fail(error);
  }
}
