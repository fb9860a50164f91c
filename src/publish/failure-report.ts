// A failed build as a person reads it: each problem once, on one line, then how many problems in how many files.
import { existsSync } from "node:fs";
import { jsonFileProblem } from "../content/data-file.ts";
import { BuildFailure } from "./build-failure.ts";

/** What an error says an editor or owner can act on: its lines, or undefined for a bug (which keeps its stack). */
export function problemLinesOf(error: unknown): string[] | undefined {
  // Eleventy wraps what a template, a data file or an event threw (originalError, cause): the innermost says it.
  for (let cause: unknown = error; cause instanceof Error; ) {
    const problems = (cause as { problems?: unknown }).problems;
    if (Array.isArray(problems)) return problems.map(String);
    if (cause instanceof BuildFailure) return [cause.message];
    // A data file of the site's that no reader of ours checks: Eleventy's parse error, as the same one line.
    const dataFile = /^Having trouble parsing data file (\S+\.json)/.exec(cause.message)?.[1];
    const jsonProblem = dataFile && existsSync(dataFile) ? jsonFileProblem(dataFile) : undefined;
    if (jsonProblem) return [jsonProblem];
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause;
  }
  return undefined;
}

/**
 * The report's lines: every problem once, in order, then the count when the lines name files
 * ("content/ru/blog/x.md: title: …" — the file is what comes before the first ": ").
 */
export function failureReport(problems: readonly string[], outcome: string): string[] {
  const lines = [...new Set(problems.flatMap((problem) => problem.split("\n")).filter((line) => line.trim() !== ""))];
  const files = new Set(lines.map((line) => line.split(": ")[0]).filter((file) => file && /[/.]/.test(file)));
  if (files.size === 0) return lines;
  const count = `${lines.length} ${lines.length === 1 ? "problem" : "problems"} in ${files.size} ${files.size === 1 ? "file" : "files"}`;
  return [...lines, `${count}; ${outcome}`];
}
