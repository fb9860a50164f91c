// Property-based fuzzing of the schema and markdown stages: 10,000 generated articles, hostile strings included, read
// as the content check reads them. None may crash; every rejection is lines naming the file and field; whatever is
// rendered runs no script.
import path from "node:path";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import yaml from "js-yaml";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { keepArticleFields } from "../../../src/content/article-fields.ts";
import { splitArticleSource } from "../../../src/content/article-files.ts";
import { encodingProblem } from "../../../src/content/article-source.ts";
import { checkArticle, toArticle, type ArticleCheckContext } from "../../../src/content/articles.ts";
import { loadCategories } from "../../../src/content/categories.ts";
import { EditorError } from "../../../src/content/editor-error.ts";
import { frontMatterData } from "../../../src/content/front-matter.ts";
import { loadLanguages } from "../../../src/content/languages.ts";
import { bodyImageProblems } from "../../../src/markdown/image-alt.ts";
import { createLanguageMarkdown } from "../../../src/markdown/renderer.ts";
import { projectRoot } from "../../helpers/site-folder.ts";

const runs = 10_000;
const seed = 20_261_202;

const dataDir = path.join(projectRoot, "_data");
const languages = loadLanguages(dataDir);
const context: ArticleCheckContext = {
  inputDir: path.join(projectRoot, "content"),
  languages,
  categories: loadCategories(dataDir, languages),
  timeZone: "Europe/Moscow",
};
const markdown = createLanguageMarkdown(languages);

const hostile = fc.constantFrom(
  "<script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{ 7*7 }} {% raw %}",
  "---",
  "\u202eRTL\u202c \u200b\u2028\u2029",
  "\u0000\u0001\u0007\u001b[31m",
  "\ud800 lone surrogate \udfff",
  "&lt;&amp;&#x3C;",
  "Ё".repeat(400),
  "' OR 1=1 --",
  "%00%2e%2e/",
  "\\",
  "\n\nновая строка\n",
);
const text = fc.oneof(hostile, fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 60 }), fc.lorem({ maxCount: 8 }));
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }),
);
const day = fc.oneof(
  fc.constantFrom("2026-02-27", "2026-02-30", "27.02.2026", "0000-01-01", "2099-01-01", "2026-03-01T01:30:00+03:00", "2026-03-01T10:30:00"),
  fc.date({ min: new Date("1980-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  text,
);

/** Front matter fields: the article's own (valid or not), unknown keys and Eleventy's keys. */
const fields = fc.record(
  {
    title: fc.oneof(text, value),
    description: fc.oneof(text, value),
    pubDate: fc.oneof(day, value),
    updatedDate: day,
    category: fc.oneof(fc.constantFrom("Новости ИИ", "AI News", "Разработка"), text),
    tags: fc.oneof(fc.array(text, { maxLength: 5 }), value),
    author: fc.oneof(fc.constant("Редакция"), text),
    heroImage: fc.oneof(fc.constantFrom("/images/blog/hero-fast-model.webp", "/images/blog/none.webp", "/etc/passwd"), text),
    heroAlt: text,
    draft: fc.oneof(fc.boolean(), value),
    translatedFrom: text,
    drafts: value,
    permalink: fc.constantFrom("../README.md", "/../../x.html", "/ok/"),
    layout: fc.oneof(fc.constant(false), text),
    eleventyComputed: value,
  },
  { requiredKeys: [] },
);
/** Front matter the schema takes, its texts hostile: these articles are rendered and their HTML checked. */
const short = (maximum: number) => text.filter((value) => value.trim() !== "" && value.trim().length <= maximum);
const validFields = fc.record({
  title: short(200),
  description: short(300),
  pubDate: fc.constantFrom("2026-02-27", "2026-03-01T01:30:00+03:00", "2025-12-31T23:59:59Z"),
  category: fc.constant("Новости ИИ"),
  tags: fc.array(short(40), { maxLength: 4 }),
  author: short(60),
  heroImage: fc.constant("/images/blog/hero-fast-model.webp"),
  heroAlt: short(120),
});
const cleanSnippet = fc.constantFrom(
  "## Раздел\n",
  "[ссылка](javascript:alert(1))",
  "<script>alert(1)</script>",
  '![""](/images/blog/hero-fast-model.webp)',
);
const cleanBody = fc.array(fc.oneof(text, cleanSnippet), { minLength: 1, maxLength: 6 }).map((parts) => `Текст.\n\n${parts.join("\n\n")}`);

const strayKey = fc.tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), hostile), value);

const snippet = fc.oneof(
  text,
  fc.constantFrom(
    "## Раздел\n",
    "[ссылка](javascript:alert(1))",
    "[чужой](//evil.example/x)",
    "[данные](data:text/html;base64,PHNjcmlwdD4=)",
    "![](/images/blog/hero-fast-model.webp)",
    '![""](/images/blog/hero-fast-model.webp)',
    "![пиксель](https://tracker.example/p.gif)",
    "![график](../../x.png)",
    "![нет файла](/images/blog/none.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "```js\nalert(1)\n```\n",
    "```\n</code></pre><script>alert(1)</script>\n```\n",
    "| a | b |\n|---|---|\n| <b>1</b> | 2 |\n",
    "<!-- комментарий -->",
    '[x](https://example.com "title\\" onclick=\\"alert(1)")',
    "    indented code\n",
    "> цитата <iframe src=x></iframe>\n",
  ),
);
const body = fc.array(snippet, { maxLength: 8 }).map((parts) => parts.join("\n\n"));

/** A source: YAML written by js-yaml from the fields (valid YAML), or raw text between --- lines (often not). */
const source = fc
  .oneof(
    { weight: 3, arbitrary: fc.tuple(validFields, fc.constant([] as Array<[string, unknown]>), cleanBody) },
    { weight: 4, arbitrary: fc.tuple(fields, fc.array(strayKey, { maxLength: 2 }), body) },
    { weight: 1, arbitrary: fc.tuple(text, fc.constant([] as Array<[string, unknown]>), body) },
  )
  .map(([front, strays, text]) => {
    const yamlText =
      typeof front === "string" ? front : yaml.dump({ ...front, ...Object.fromEntries(strays) }, { skipInvalid: true, lineWidth: -1 });
    return `---\n${yamlText}\n---\n${text}\n`;
  });

const file = "content/ru/blog/fuzz-article.md";
const problemLine = new RegExp(`^${file.replaceAll(".", "\\.")}: \\S.*: expected .+, found .+$`);

/** Elements and attributes that would run script, found by a real HTML parser. */
function executableMarkup(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (["script", "iframe", "object", "embed"].includes(name)) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith("on")) found.push(`<${name} ${attribute}>`);
        if (["href", "src"].includes(attribute) && /^\s*(javascript|vbscript|data):/i.test(value))
          found.push(`<${name} ${attribute}="${value}">`);
      }
    },
  });
  parser.end(html);
  return found;
}

/** What the build does with one article file's text: its problem lines, or its rendered body. */
function readArticle(text: string): { problems: string[]; html?: string } {
  const bytes = Buffer.from(text);
  const badBytes = encodingProblem(bytes, file);
  if (badBytes) return { problems: [badBytes] };
  const inputPath = path.join(context.inputDir, "ru/blog/fuzz-article.md");
  let data: Record<string, unknown>;
  let split: ReturnType<typeof splitArticleSource>;
  try {
    split = splitArticleSource(text, inputPath);
    data = keepArticleFields(frontMatterData(split, inputPath));
  } catch (error) {
    if (error instanceof EditorError) return { problems: error.problems };
    throw error;
  }
  const problems = [
    ...checkArticle(inputPath, { ...data, page: { rawInput: split.body } }, context),
    ...bodyImageProblems(markdown.forLanguage("ru"), split.body, inputPath, context.inputDir),
  ];
  if (problems.length > 0) return { problems };
  if (!toArticle(inputPath, data, context)) throw new Error("a clean article that toArticle refuses");
  return { problems, html: markdown.render(split.body, { lang: "ru", page: { inputPath } }) };
}

test(`${runs} generated articles: no crash, every rejection one line naming file and field, no executable markup`, () => {
  const cwd = process.cwd();
  process.chdir(projectRoot); // problem lines name files relative to the project, as a build in it does
  const started = performance.now();
  let rejected = 0;
  let rendered = 0;
  try {
    fc.assert(
      fc.property(source, (text) => {
        const { problems, html } = readArticle(text);
        for (const line of problems) {
          if (!problemLine.test(line)) throw new Error(`not one line naming the file and the field: ${JSON.stringify(line)}`);
        }
        if (problems.length > 0) rejected += 1;
        if (html !== undefined) {
          rendered += 1;
          const executable = executableMarkup(html);
          if (executable.length > 0) throw new Error(`executable markup ${executable.join(", ")} in ${JSON.stringify(html)}`);
        }
      }),
      { numRuns: runs, seed },
    );
  } finally {
    process.chdir(cwd);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${runs} articles (seed ${seed}): 0 crashes, ${rejected} rejected, ${rendered} rendered, in ${seconds} s`);
  assert.ok(
    rejected > runs / 10 && rendered > runs / 20,
    `the generator must reach both outcomes: ${rejected} rejected, ${rendered} rendered`,
  );
});

test("bytes that are not text are one line too", () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), (bytes) => {
      const problem = encodingProblem(bytes, file);
      if (problem !== undefined && !problemLine.test(problem)) throw new Error(JSON.stringify(problem));
    }),
    { numRuns: 2_000, seed },
  );
});

test.run();
