// npm run translate -- <slug> --to en: the translation file, the source's front matter and body, translatedFrom filled in.
import { parseCommandLine, runCommand, siteFolders, siteOptions, usageError } from "../src/tools/cli.ts";
import { translateArticle } from "../src/tools/scaffold.ts";

const usage = `Usage: npm run translate -- <slug> --to <language> [--from <language>] [--content <dir>] [--data <dir>]
Writes content/<to>/blog/<slug>.md from the original (or --from) as a draft; never overwrites a file.`;

runCommand(() => {
  const { values, positionals } = parseCommandLine("npm run translate", process.argv.slice(2), {
    ...siteOptions,
    to: { type: "string" },
    from: { type: "string" },
  });
  if (values.help) return void console.log(usage);
  if (positionals.length !== 1) {
    throw usageError(
      "npm run translate",
      "slug",
      "one article slug, such as npm run translate -- fast-code-model --to en",
      positionals.length === 0 ? "nothing" : `"${positionals.join(" ")}"`,
    );
  }
  if (!values.to) throw usageError("npm run translate", "--to", "the language to translate into, such as --to en", "nothing");
  const written = translateArticle(siteFolders(values), { slug: positionals[0] ?? "", to: values.to, from: values.from });
  console.log(`Wrote ${written.file}`);
  for (const note of written.notes) console.log(`  ${note}`);
});
