// npm run i18n [-- --strict] [-- --json] [--content dir]: which translations exist, are missing, stale or unknown.
import { readArticleFiles } from "../src/content/article-files.ts";
import { parseCommandLine, runCommand, siteFolders, siteOptions, usageError } from "../src/tools/cli.ts";
import { formatStatusReport } from "../src/tools/translation-report.ts";
import { translationStatus } from "../src/tools/translation-status.ts";
import { languagePreference } from "../src/i18n/translations.ts";

const usage = `Usage: npm run i18n -- [--strict] [--json] [--content <dir>] [--data <dir>]
  --strict  exit 1 when a published article has a missing, stale, unknown or unfinished (draft) translation
  --json    print the report as JSON
  --content the content folder (default: content, or CONTENT_DIR); --data the _data folder (default: beside it)`;

runCommand(() => {
  const { values, positionals } = parseCommandLine("npm run i18n", process.argv.slice(2), {
    ...siteOptions,
    strict: { type: "boolean" },
    json: { type: "boolean" },
  });
  if (values.help) return void console.log(usage);
  if (positionals.length > 0) throw usageError("npm run i18n", "arguments", "only options (see --help)", `"${positionals.join(" ")}"`);
  const { contentDir, languages } = siteFolders(values);
  const report = translationStatus(
    readArticleFiles(
      contentDir,
      languages.languages.map(({ code }) => code),
    ),
    languagePreference(languages),
  );
  console.log(values.json ? JSON.stringify({ contentDir, ...report }, null, 2) : formatStatusReport(report, contentDir));
  if (values.strict && report.failures > 0) {
    console.error(`npm run i18n --strict: ${report.failures} translation(s) missing, stale, unknown or unfinished`);
    return 1;
  }
  return 0;
});
