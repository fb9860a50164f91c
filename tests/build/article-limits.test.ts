// Sizes an article must keep: a title of at most 200 characters, a description of at most 300, and a body; and a
// protocol-relative link counts as leaving the site.
import { existsSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const hero = { [sampleHero]: projectFile(sampleHero) };
const output = (result: BuildResult): string => result.stdout + result.stderr;

const limits = suite<{ result: BuildResult }>("articles past the limits");

limits.before((context) => {
  context.result = build({
    files: {
      ...hero,
      "content/ru/blog/long-title.md": article({ title: "Заголовок ".repeat(500).trim() }),
      "content/ru/blog/long-description.md": article({ description: "д".repeat(301) }),
      "content/ru/blog/empty-body.md": article({}, ""),
      "content/ru/blog/blank-body.md": article({}, "\n   \n\n"),
    },
  });
});
limits.after((context) => removeSite(context.result));

limits("the build fails and writes no site", ({ result }) => {
  assert.is.not(result.status, 0);
  assert.not.ok(existsSync(result.output), "no _site was published");
});

limits("an over-long title or description is named by its length, not quoted back", ({ result }) => {
  assert.match(
    output(result),
    "content/ru/blog/long-title.md: title: expected a non-empty title in quotes of at most 200 characters, found 4999 characters",
  );
  assert.match(
    output(result),
    "content/ru/blog/long-description.md: description: expected a one-sentence description in quotes of at most 300 characters, found 301 characters",
  );
  assert.not.match(output(result), "ЗаголовокЗаголовок".repeat(3));
});

limits("an empty or blank body is an error", ({ result }) => {
  for (const file of ["empty-body", "blank-body"]) {
    assert.match(
      output(result),
      `content/ru/blog/${file}.md: body: expected the article's text after the front matter, found an empty body`,
    );
  }
});

const links = suite<{ result: BuildResult }>("links that leave the site");

links.before((context) => {
  context.result = build({
    files: { ...hero, "content/ru/blog/links.md": article({}, "[чужой сайт](//evil.example/x) и [свой](/ru/) текст.") },
  });
});
links.after((context) => removeSite(context.result));

links("a protocol-relative link gets rel=noopener noreferrer like any external link; a site link does not", ({ result }) => {
  assert.is(result.status, 0, output(result));
  const body = page(result, "/ru/blog/links/").querySelector(".article-body");
  assert.is(body?.querySelector('a[href="//evil.example/x"]')?.getAttribute("rel"), "noopener noreferrer");
  assert.is(body?.querySelector('a[href="/ru/"]')?.getAttribute("rel"), undefined);
});

limits.run();
links.run();
