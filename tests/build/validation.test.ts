// Broken articles stop the build with one editor-facing line per problem: file, field, expected, found.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const issueExample = `---
title: "Компактная модель для кода отвечает быстрее, чем вы печатаете"
description: "Короткое описание для списков и поисковиков."
pubDate: 2026-02-27
category: "Новости ИИ"
tags: ["OpenAI", "AI для кодинга", "ChatGPT Pro"]
author: "Редакция"
heroImage: "/images/blog/hero-fast-model.webp"
---

Модель отвечает быстро.
`;

const broken = suite<{ result: BuildResult }>("broken articles");

broken.before((context) => {
  context.result = build({
    withProjectContent: true,
    files: {
      "content/ru/blog/impossible-date.md": article({ pubDate: "2026-02-30" }),
      "content/ru/blog/no-title.md": article({ title: undefined }),
      "content/ru/blog/tags-not-a-list.md": article({}).replace(/^tags: .*$/m, "tags: OpenAI, LLM"),
      "content/de/blog/undeclared-language.md": article({}),
      "content/ru/blog/missing-hero.md": article({ heroImage: "/images/blog/no-such-image.webp" }),
    },
  });
});
broken.after((context) => removeSite(context.result));

const output = (result: BuildResult): string => result.stdout + result.stderr;

broken("the build fails with a non-zero exit", ({ result }) => {
  assert.is.not(result.status, 0);
});

broken("an impossible date is reported as written, not rolled over to March", ({ result }) => {
  assert.match(
    output(result),
    'content/ru/blog/impossible-date.md: pubDate: expected a real calendar date written as YYYY-MM-DD, found "2026-02-30"',
  );
});

broken("a missing title names the file and the field", ({ result }) => {
  assert.match(output(result), /content\/ru\/blog\/no-title\.md: title: expected .+, found nothing \(the field is missing\)/);
});

broken("tags that are not a list are reported with what was written", ({ result }) => {
  assert.match(output(result), /content\/ru\/blog\/tags-not-a-list\.md: tags: expected a list of tags.*, found "OpenAI, LLM"/);
});

broken("an undeclared language folder lists the declared ones", ({ result }) => {
  assert.match(output(result), /content\/de\/blog\/undeclared-language\.md: language folder: expected .*\(ru, en\), found "de"/);
});

broken("a missing hero image names the article and the image path", ({ result }) => {
  assert.match(output(result), /content\/ru\/blog\/missing-hero\.md: heroImage: expected an image file at .*no-such-image\.webp/);
});

broken("every problem is reported in one run, without a stack trace", ({ result }) => {
  const text = output(result);
  for (const file of ["impossible-date", "no-title", "tags-not-a-list", "undeclared-language", "missing-hero"]) {
    assert.match(text, `${file}.md: `);
  }
  assert.not.match(text, /^\s+at .+:\d+:\d+\)?$/m);
});

const yaml = suite<{ result: BuildResult }>("unreadable front matter");

yaml.before((context) => {
  context.result = build({ files: { "content/ru/blog/broken-yaml.md": '---\ntitle: "Без кавычки\ntags: [a\n---\nТекст\n' } });
});
yaml.after((context) => removeSite(context.result));

yaml("broken YAML is one line with its position and no stack trace", ({ result }) => {
  assert.is.not(result.status, 0);
  assert.match(output(result), /content\/ru\/blog\/broken-yaml\.md: front matter: expected valid YAML, found .+ at line \d+/);
  assert.not.match(output(result), /^\s+at .+:\d+:\d+\)?$/m);
});

const accepted = suite<{ result: BuildResult }>("the editors' format");

accepted.before((context) => {
  context.result = build({
    files: {
      "content/ru/blog/dropped-in.md": issueExample,
      [sampleHero]: projectFile(sampleHero),
    },
  });
});
accepted.after((context) => removeSite(context.result));

accepted("an article in the documented format builds with no other change", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
  assert.is(
    page(result, "/ru/blog/dropped-in/").querySelector("h1")?.text,
    "Компактная модель для кода отвечает быстрее, чем вы печатаете",
  );
});

broken.run();
yaml.run();
accepted.run();
