// The project's HTML validation rules (html-validate's recommended set, with the site's deliberate choices).
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { siteFiles } from "./link-check.ts";

export function siteValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // Typography is the editors' call: «ёлочки», non-breaking spaces and the like are wanted characters.
      "no-trailing-whitespace": "off",
      "long-title": "off",
      // preact-render-to-string writes void elements as <img/>: consistent, valid HTML.
      "void-style": ["error", { style: "selfclosing" }],
      // A named list (<ul aria-label="Tags">) is fine: html-validate 11 allows aria-label on <ul> and <ol>, and 10
      // (the last release that installs on Node 20) does the same with the two excluded from this rule.
      "aria-label-misuse": ["error", { allowAnyNamable: false, elements: { exclude: ["ul", "ol"] } }],
    },
  });
}

/** Every validation message of every HTML page of a built site, as `path:line:column rule: message`. */
export async function invalidHtml(siteDir: string): Promise<string[]> {
  const validator = siteValidator();
  const problems: string[] = [];
  for (const sitePath of siteFiles(siteDir).filter((file) => file.endsWith(".html"))) {
    const report = await validator.validateString(readFileSync(path.join(siteDir, sitePath), "utf8"), sitePath);
    for (const message of report.results.flatMap((entry) => entry.messages)) {
      problems.push(`${sitePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}
