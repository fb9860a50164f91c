// Fingerprints, the original among versions, and the translation status of articles read from content/.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ArticleFile } from "../../../src/content/article-files.ts";
import { splitArticleSource } from "../../../src/content/article-files.ts";
import { bodyFingerprint } from "../../../src/tools/fingerprint.ts";
import { translationStatus } from "../../../src/tools/translation-status.ts";
import { sortOriginalFirst } from "../../../src/i18n/translations.ts";

const body = "Первый абзац.\n\n## Раздел\n\n- пункт\n";

function file(lang: string, slug: string, data: Record<string, unknown>, text = body): ArticleFile {
  return { lang, slug, file: `content/${lang}/blog/${slug}.md`, data: { title: slug, ...data }, body: text };
}

test("a fingerprint is 12 hex digits and changes when the text changes", () => {
  assert.match(bodyFingerprint(body), /^[0-9a-f]{12}$/);
  assert.is.not(bodyFingerprint(body), bodyFingerprint(body.replace("пункт", "пункты")));
});

test("line endings, trailing spaces and extra blank lines do not change a fingerprint", () => {
  const windows = "\r\n" + body.replace(/\n/g, "  \r\n") + "\r\n\r\n";
  assert.is(bodyFingerprint(windows), bodyFingerprint(body));
  assert.is(bodyFingerprint(body.replace("\n\n## ", "\n\n\n\n## ")), bodyFingerprint(body));
});

test("the same text composed or decomposed (й as one or two code points) has one fingerprint", () => {
  assert.is(bodyFingerprint("Новый рейтинг"), bodyFingerprint("Новый рейтинг".normalize("NFD")));
});

test("the body is everything after the closing ---, the front matter is not part of it", () => {
  const split = splitArticleSource('---\ntitle: "X"\n---\n\nТекст.\n', "x.md");
  assert.is(split.yaml, 'title: "X"\n');
  assert.is(split.body, "\nТекст.\n");
  assert.throws(
    () => splitArticleSource("Текст без front matter", "x.md"),
    /x\.md: front matter: expected a block between two lines of ---/,
  );
});

test("the original is the version without translatedFrom, the default language first", () => {
  const versions = [
    { lang: "en", translatedFrom: "aaaaaaaaaaaa" },
    { lang: "uk", translatedFrom: undefined },
    { lang: "ru", translatedFrom: undefined },
  ];
  assert.equal(
    sortOriginalFirst(versions, ["ru", "en", "uk"]).map(({ lang }) => lang),
    ["ru", "uk", "en"],
  );
  assert.is(sortOriginalFirst([{ lang: "ru", translatedFrom: "aaaaaaaaaaaa" }, { lang: "en" }], ["ru", "en"])[0]?.lang, "en");
});

test("translations are current, stale, unknown, draft or missing", () => {
  const fingerprint = bodyFingerprint(body);
  const report = translationStatus(
    [
      file("ru", "current", {}),
      file("en", "current", { translatedFrom: fingerprint }),
      file("ru", "stale", {}),
      file("en", "stale", { translatedFrom: "0123456789ab" }),
      file("ru", "unknown", {}),
      file("en", "unknown", {}),
      file("ru", "in-progress", {}),
      file("en", "in-progress", { translatedFrom: fingerprint, draft: true }),
      file("ru", "missing", {}),
    ],
    ["ru", "en"],
  );
  const states = Object.fromEntries(report.articles.map((article) => [article.slug, article.languages.en?.state]));
  assert.equal(states, { current: "current", stale: "stale", unknown: "unknown", "in-progress": "draft", missing: "missing" });
  assert.ok(report.articles.every((article) => article.languages.ru?.state === "source"));
  assert.equal(report.summary, { source: 5, current: 1, stale: 1, unknown: 1, draft: 1, missing: 1 });
  assert.is(report.failures, 4);
});

test("an article written in English first has English as its source", () => {
  const english = file("en", "english-first", {});
  const russian = file("ru", "english-first", { translatedFrom: bodyFingerprint(english.body) });
  const [article] = translationStatus([russian, english], ["ru", "en"]).articles;
  assert.is(article?.sourceLang, "en");
  assert.is(article?.languages.ru?.state, "current");
});

test("a translation made from a current translation is current; once that one is stale, so is it", () => {
  const russian = file("ru", "chain", {});
  const english = file("en", "chain", { translatedFrom: bodyFingerprint(body) }, "English text.");
  const ukrainian = file("uk", "chain", { translatedFrom: bodyFingerprint("English text.") }, "Український текст.");
  const states = (files: ArticleFile[]) => translationStatus(files, ["ru", "en", "uk"]).articles[0]?.languages;
  assert.is(states([russian, english, ukrainian])?.uk?.state, "current");
  const changed = { ...russian, body: `${body}\nНовый абзац.\n` };
  assert.is(states([changed, english, ukrainian])?.en?.state, "stale");
  assert.is(states([changed, english, ukrainian])?.uk?.state, "stale");
});

test("a draft original expects no translations yet: its missing ones are listed but do not fail --strict", () => {
  const report = translationStatus([file("ru", "unfinished", { draft: true })], ["ru", "en", "uk"]);
  assert.is(report.articles[0]?.draft, true);
  assert.is(report.summary.missing, 2);
  assert.is(report.failures, 0);
});

test("a third language is reported for every article", () => {
  const report = translationStatus([file("ru", "a", {}), file("uk", "a", { translatedFrom: bodyFingerprint(body) })], ["ru", "en", "uk"]);
  assert.equal(report.articles[0]?.languages, {
    ru: { state: "source", file: "content/ru/blog/a.md" },
    en: { state: "missing" },
    uk: { state: "current", file: "content/uk/blog/a.md", translatedFrom: bodyFingerprint(body) },
  });
});

test.run();
