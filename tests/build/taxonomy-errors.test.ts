// Lists an editor can break: an unknown category, two tags with one URL, a category not named in a declared language.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const errors = suite<{ articles: BuildResult; categories: BuildResult }>("list errors");

errors.before((context) => {
  context.articles = build({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "content/ru/blog/rumours.md": article({ category: "Слухи" }),
      "content/en/blog/wrong-language.md": article({ category: "Новости ИИ", tags: ["LLM"], author: "Editorial team" }),
      "content/ru/blog/pipelines.md": article({ tags: ["CI/CD", "DevOps"] }),
      "content/ru/blog/runners.md": article({ tags: ["DevOps", "CI CD"] }),
    },
  });
  const categories = JSON.parse(projectFile("_data/categories.json").toString("utf8")) as Array<{ names: Record<string, string> }>;
  delete categories[2]?.names.en;
  context.categories = build({ files: { "_data/categories.json": JSON.stringify(categories, null, 2) } });
});
errors.after((context) => {
  removeSite(context.articles);
  removeSite(context.categories);
});

errors("a broken list fails the build with every problem at once, one line each, no stack trace", ({ articles }) => {
  assert.is.not(articles.status, 0);
  assert.not.match(articles.stderr, /^\s+at /m);
});

errors("an article's category must be one of its language's category names", ({ articles }) => {
  assert.match(
    articles.stderr,
    'content/ru/blog/rumours.md: category: expected one of «Новости ИИ», «Разработка», «Инструменты», «Исследования», «Регулирование», found "Слухи"',
  );
  assert.match(
    articles.stderr,
    'content/en/blog/wrong-language.md: category: expected one of «AI News», «Development», «Tools», «Research», «Regulation», found "Новости ИИ"',
  );
});

errors("two tag names that would share a URL are an error naming both", ({ articles }) => {
  assert.match(
    articles.stderr,
    'content/ru/blog/runners.md: tags[1]: expected a tag name with a URL of its own, or exactly "CI/CD", ' +
      'found "CI CD", whose URL /ru/tags/ci-cd/ is already that of "CI/CD" in content/ru/blog/pipelines.md',
  );
});

errors("a category without a name in a declared language stops the build as a config error", ({ categories }) => {
  assert.is.not(categories.status, 0);
  assert.match(
    categories.stderr,
    '_data/categories.json: [2].names.en: expected the name of category "tools" in English (en), a declared language, found nothing (the field is missing)',
  );
  assert.not.match(categories.stderr, /^\s+at /m);
});

errors.run();
