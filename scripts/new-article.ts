// npm run new -- --lang ru "Заголовок статьи": a draft article with valid front matter and a transliterated slug.
import { parseCommandLine, runCommand, siteFolders, siteOptions, usageError } from "../src/tools/cli.ts";
import { localDay, newArticle } from "../src/tools/scaffold.ts";

const usage = `Usage: npm run new -- [--lang <language>] "Title of the article" [--slug <slug>] [--content <dir>] [--data <dir>]
Writes content/<language>/blog/<slug>.md (default: the default language; slug transliterated from the title) as a
draft; never overwrites a file.`;

runCommand(() => {
  const { values, positionals } = parseCommandLine("npm run new", process.argv.slice(2), {
    ...siteOptions,
    lang: { type: "string" },
    slug: { type: "string" },
  });
  if (values.help) return void console.log(usage);
  if (positionals.length !== 1) {
    throw usageError(
      "npm run new",
      "title",
      'one title in quotes, such as npm run new -- --lang ru "Заголовок статьи"',
      positionals.length === 0 ? "nothing" : `${positionals.length} words: quote the title`,
    );
  }
  const folders = siteFolders(values);
  const written = newArticle(folders, {
    lang: values.lang ?? folders.languages.defaultLanguage,
    title: positionals[0] ?? "",
    slug: values.slug,
    today: localDay(new Date()),
  });
  console.log(`Wrote ${written.file}`);
  for (const note of written.notes) console.log(`  ${note}`);
});
