// An article's front matter is its schema and nothing more: a misspelt field names the one meant, Eleventy's own keys
// are refused, and no template or data file can make the build write outside its output folder.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const hero = { [sampleHero]: projectFile(sampleHero) };
const readme = "# Этот файл не трогают\n";
const published = "<!doctype html><title>опубликовано</title>\n";
const output = (result: BuildResult): string => result.stdout + result.stderr;
const fields =
  "title, description, pubDate, updatedDate, category, tags, author, heroImage, heroAlt, heroFocus, featured, series, seriesPart, draft, translatedFrom, translation, translator, reviewedBy, aiAssistance, editedBy, corrections";

const strays = suite<{ result: BuildResult }>("fields that are not the article's");

strays.before((context) => {
  context.result = build({
    files: {
      ...hero,
      "README.md": readme,
      "_site/index.html": published,
      "content/ru/blog/misspelt-draft.md": article({ drafts: true }),
      "content/ru/blog/misspelt-updated.md": article({ updateDate: "2026-03-01" }),
      "content/ru/blog/mood.md": article({ mood: "весёлое" }),
      "content/ru/blog/readme-permalink.md": article({ permalink: "../README.md" }),
      "content/ru/blog/no-layout.md": article({ layout: false }),
      "content/ru/blog/hidden.md": article({ eleventyExcludeFromCollections: true }),
    },
  });
});
strays.after((context) => removeSite(context.result));

strays("the build fails, and neither the project's README nor the published site is touched", ({ result }) => {
  assert.is.not(result.status, 0);
  assert.is(readFileSync(path.join(result.root, "README.md"), "utf8"), readme);
  assert.is(readFileSync(path.join(result.output, "index.html"), "utf8"), published);
  assert.not.ok(existsSync(path.join(result.output, "ru")));
});

strays("a misspelt field names the field it most likely meant", ({ result }) => {
  assert.match(
    output(result),
    `content/ru/blog/misspelt-draft.md: drafts: expected one of the article's fields (${fields}), found an unknown field; did you mean "draft"?`,
  );
  assert.match(
    output(result),
    `content/ru/blog/misspelt-updated.md: updateDate: expected one of the article's fields (${fields}), found an unknown field; did you mean "updatedDate"?`,
  );
});

strays("a field like no other is unknown, with no guess", ({ result }) => {
  assert.match(output(result), `content/ru/blog/mood.md: mood: expected one of the article's fields (${fields}), found an unknown field\n`);
});

strays("Eleventy's own keys are refused in an article", ({ result }) => {
  const expected = "expected only the article's own fields (its URL, layout and lists follow from its place in content/)";
  for (const [file, key] of [
    ["readme-permalink", "permalink"],
    ["no-layout", "layout"],
    ["hidden", "eleventyExcludeFromCollections"],
  ]) {
    assert.match(
      output(result),
      `content/ru/blog/${file}.md: ${key}: ${expected}, found Eleventy's "${key}", which an article may not set`,
    );
  }
});

strays("every problem is reported in one run", ({ result }) => {
  for (const file of ["misspelt-draft", "misspelt-updated", "mood", "readme-permalink", "no-layout", "hidden"]) {
    assert.match(output(result), `content/ru/blog/${file}.md: `);
  }
});

// A name of this run alone: an older build without the check may have left its own copy beside the site folder.
const escapedName = `escaped-${process.pid}-${Date.now()}.html`;
const outside = suite<{ result: BuildResult }>("a data file that points a page outside the site");

outside.before((context) => {
  context.result = build({
    files: {
      ...hero,
      "_site/index.html": published,
      "content/ru/blog/escaping.md": article({ title: "Статья с чужим адресом" }),
      // A template data file is not front matter: the check on written paths must stop it.
      "content/ru/blog/escaping.11tydata.json": JSON.stringify({ permalink: `../../${escapedName}` }),
    },
  });
});
outside.after((context) => removeSite(context.result));

outside("the build stops with one line naming the article and the address, and writes nothing outside", ({ result }) => {
  assert.is.not(result.status, 0);
  assert.match(
    output(result),
    `content/ru/blog/escaping.md: permalink: expected an address inside the site, found "/../../${escapedName}", which would write ../${escapedName} outside the output folder`,
  );
  for (const folder of [result.root, path.dirname(result.root)]) assert.not.ok(existsSync(path.join(folder, escapedName)));
  assert.is(readFileSync(path.join(result.output, "index.html"), "utf8"), published);
});

strays.run();
outside.run();
