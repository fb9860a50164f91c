// npm run translate -- <slug> --to en: the translation file, the source's front matter and body, translatedFrom filled in.
import { parseCommandLine, runCommand, siteFolders, siteOptions, usageError } from "../src/tools/cli.ts";
import { askLine } from "../src/tools/ask.ts";
import { translateArticle, type TranslationProvenance } from "../src/tools/scaffold.ts";

/** In a terminal, what the flags leave out is asked; a script or CI gets only its flags. */
function askProvenance(given: TranslationProvenance): TranslationProvenance {
  if (given.translation !== undefined || !process.stdin.isTTY) return given;
  const translation = askLine("How is it translated? human, machine or machine-reviewed (Enter: decide later): ");
  if (translation === "") return given;
  const translator =
    given.translator ??
    ((translation === "human" ? askLine("Translator's name: ") : askLine("Machine translation service (Enter: none): ")) || undefined);
  const reviewedBy = given.reviewedBy ?? (translation === "machine-reviewed" ? askLine("Reviewer's name: ") : undefined);
  return { translation, translator, reviewedBy };
}

const usage = `Usage: npm run translate -- <slug> --to <language> [--from <language>]
         [--translation human|machine|machine-reviewed] [--translator <name>] [--reviewed-by <name>]
         [--content <dir>] [--data <dir>]
Writes content/<to>/blog/<slug>.md from the original (or --from) as a draft; never overwrites a file.
--translation says how the translation is made (asked in a terminal when not given): by a person (--translator names
them), by machine (--translator may name the service), or by machine and then reviewed by a person (--reviewed-by).`;

runCommand(() => {
  const { values, positionals } = parseCommandLine("npm run translate", process.argv.slice(2), {
    ...siteOptions,
    to: { type: "string" },
    from: { type: "string" },
    translation: { type: "string" },
    translator: { type: "string" },
    "reviewed-by": { type: "string" },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw usageError(
      "npm run translate",
      "slug",
      "one article slug, such as npm run translate -- fast-code-model --to en",
      positionals.length === 0 ? "nothing" : `"${positionals.join(" ")}"`,
    );
  }
  if (!values.to) throw usageError("npm run translate", "--to", "the language to translate into, such as --to en", "nothing");
  const provenance = askProvenance({ translation: values.translation, translator: values.translator, reviewedBy: values["reviewed-by"] });
  const written = translateArticle(siteFolders(values), { slug: positionals[0] ?? "", to: values.to, from: values.from, ...provenance });
  console.log(`Wrote ${written.file}`);
  for (const note of written.notes) console.log(`  ${note}`);
  return 0;
});
