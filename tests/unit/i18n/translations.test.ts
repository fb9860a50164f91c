// Which pages an article gets in each language, and the article files the scaffolding commands write.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateFrontMatter } from "../../../src/content/schema.ts";
import { splitArticleSource } from "../../../src/content/article-files.ts";
import { formatArticleFile } from "../../../src/tools/article-writer.ts";
import type { Article } from "../../../src/content/articles.ts";
import { centerFocus } from "../../../src/content/hero-focus.ts";
import { articleDates } from "../../helpers/articles.ts";
import { parseFrontMatter } from "../../../src/content/front-matter.ts";
import { articleSwitcherTargets, missingTranslations } from "../../../src/i18n/translations.ts";

function article(lang: string, slug: string, translatedFrom?: string): Article {
  return {
    lang,
    slug,
    url: `/${lang}/blog/${slug}/`,
    inputPath: `content/${lang}/blog/${slug}.md`,
    title: `${slug} (${lang})`,
    description: "d",
    pubDate: new Date("2026-02-27"),
    dates: articleDates(new Date("2026-02-27")),
    category: "c",
    tags: [],
    author: ["a"],
    heroImage: "/images/x.webp",
    heroFocus: centerFocus,
    draft: false,
    corrections: [],
    featured: false,
    translatedFrom,
  };
}

test("the switcher of an article points at the same slug in every language", () => {
  assert.equal(articleSwitcherTargets("fast-code-model", ["ru", "en", "uk"]), {
    ru: "/ru/blog/fast-code-model/",
    en: "/en/blog/fast-code-model/",
    uk: "/uk/blog/fast-code-model/",
  });
});

test("every language an article lacks gets a notice listing the versions that exist, original first", () => {
  const articles = [
    article("en", "both", "aaaaaaaaaaaa"),
    article("ru", "both"),
    article("ru", "russian-only"),
    article("en", "english-only"),
  ];
  const missing = missingTranslations(articles, ["ru", "en", "uk"], new Set());
  assert.equal(
    missing.map(({ url, versions }) => [url, versions.map(({ lang }) => lang)]),
    [
      ["/uk/blog/both/", ["ru", "en"]],
      ["/en/blog/russian-only/", ["ru"]],
      ["/uk/blog/russian-only/", ["ru"]],
      ["/ru/blog/english-only/", ["en"]],
      ["/uk/blog/english-only/", ["en"]],
    ],
  );
});

test("no notice takes an address another page already has (an article the build is about to reject)", () => {
  const missing = missingTranslations([article("ru", "x")], ["ru", "en"], new Set(["/en/blog/x/"]));
  assert.equal(missing, []);
});

test("a written article reads back as the same valid front matter and body", () => {
  const fields = {
    title: "Заголовок: с двоеточием и «кавычками»",
    description: "Описание",
    pubDate: "2026-02-27",
    category: "Новости ИИ",
    articleTags: ["OpenAI", "yes"],
    author: "Редакция",
    heroImage: "/images/blog/hero-placeholder.webp",
    draft: true,
    translatedFrom: "123456789012",
  };
  const text = formatArticleFile(fields, "\nТекст.\n");
  assert.match(text, /^---\ntitle: "Заголовок: с двоеточием и «кавычками»"\n/);
  assert.match(text, /\npubDate: 2026-02-27\n/);
  assert.match(text, /\ntags: \["OpenAI", "yes"\]\n/);
  const { yaml, body } = splitArticleSource(text, "x.md");
  const data = parseFrontMatter(yaml) as Record<string, unknown>;
  assert.equal(data, fields, "digits-only fingerprints and words like yes stay strings");
  assert.is(body, "\nТекст.\n");
  assert.ok(validateFrontMatter("x.md", data, "Europe/Moscow").ok);
});

test.run();
