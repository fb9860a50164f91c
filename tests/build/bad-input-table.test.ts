// The bad-input table: every way an editor's article can be wrong, each with the exact line the build must print, all
// in one build on top of a published site, which must fail (non-zero) and leave that site exactly as it was.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { stackTraceLine } from "../helpers/commands.ts";
import { siteSnapshot } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const fields =
  "title, description, pubDate, updatedDate, category, tags, author, heroImage, heroAlt, heroFocus, featured, series, seriesPart, draft, translatedFrom, translation, translator, reviewedBy, aiAssistance, editedBy, corrections";
const unknownField = `expected one of the article's fields (${fields}), found an unknown field`;
const eleventyField = "expected only the article's own fields (its URL, layout and lists follow from its place in content/)";
const bodyImage = "expected a site-absolute path to a file under content/images/, such as /images/blog/chart.png";
const altText = 'expected alt text (write ![description](...), or mark it decorative with an explicit empty alt ![""](...)), found none';
const heroFocusWords =
  'where the subject sits, as CSS object-position: left, right, top, bottom, center, two of them ("left top") or two percentages in steps of 10 ("30% 40%")';
const ruCategories = "«Новости ИИ», «Разработка», «Инструменты», «Исследования», «Регулирование»";

/** Russian text as Windows' old Cyrillic code page writes it: А–я are the bytes 0xC0–0xFF. */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((char) => (/[А-я]/.test(char) ? 0xc0 + (char.codePointAt(0) ?? 0) - 0x410 : char.charCodeAt(0))));
}

const withFrontMatter = (yaml: string, body = "Текст статьи."): string => `---\n${yaml}\n---\n${body}\n`;
// Nine levels of aliases, each ten times the last: a billion copies once expanded.
const billionLaughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
  .concat(
    Array.from(
      { length: 8 },
      (_, level) => `${"bcdefghi"[level]}: &${"bcdefghi"[level]} [${Array(10).fill(`*${"abcdefgh"[level]}`).join(", ")}]`,
    ),
  )
  .join("\n");

// A year and a day from now, as Moscow's calendar shows it (the site's zone): the latest pubDate taken.
const yearAhead = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(new Date(Date.now() + 366 * 86_400_000));

interface BadInput {
  /** The article's path in the site; its slug says what is wrong. */
  file: string;
  contents: string | Buffer;
  /** Each line the build must print for this file, exactly, after "<file>: ". */
  lines: string[];
  /** Write the file as a symbolic link to this path (contents unused). */
  link?: string;
  /** Other files the case needs, which must print nothing themselves (the article showing a broken SVG). */
  besides?: Record<string, string | Link>;
}

/** A symbolic link to write instead of a file. */
interface Link {
  linkTo: string;
}

// Files of the machine outside the site, which links in content/ lead to.
const outside = realpathSync(mkdtempSync(path.join(tmpdir(), "outside-site-")));
writeFileSync(path.join(outside, "secret.md"), article({ title: "Чужой файл" }));
writeFileSync(path.join(outside, "secret.webp"), projectFile(sampleHero));

const svgExpected = "expected an SVG that cannot run script or load anything from elsewhere";
/** An SVG case: the drawing with `inner` inside, shown by an article of its own (as its hero, or in its body). */
function svgCase(name: string, inner: string, lines: string[], as: "hero" | "body" = "body"): BadInput {
  const src = `/images/bad/${name}.svg`;
  const shownBy = as === "hero" ? article({ heroImage: src }) : article({}, `Схема:\n\n![Схема](${src})`);
  return {
    file: `content/images/bad/${name}.svg`,
    contents: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">${inner}</svg>`,
    lines: lines.map((line) => line.replace("{expected}", svgExpected)),
    besides: { [`content/ru/blog/shows-${name}.md`]: shownBy },
  };
}

const cases: BadInput[] = [
  // Bytes and the shape of the file.
  {
    file: "content/ru/blog/empty-file.md",
    contents: "",
    lines: ["front matter: expected a block between two lines of ---, found no front matter"],
  },
  {
    file: "content/ru/blog/no-front-matter.md",
    contents: "Просто текст без полей.\n",
    lines: ["front matter: expected a block between two lines of ---, found no front matter"],
  },
  {
    file: "content/ru/blog/binary.md",
    contents: Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37) % 256)),
    lines: ["encoding: expected UTF-8 text, found binary data, not text"],
  },
  {
    file: "content/ru/blog/cp1251.md",
    contents: cp1251(withFrontMatter('title: "Новости недели"', "Текст в старой кодировке.")),
    lines: ["encoding: expected UTF-8 text, found bytes that are not UTF-8 (it looks like windows-1251 (cp1251)); save the file as UTF-8"],
  },
  {
    file: "content/en/blog/cp1252.md",
    contents: Buffer.from(withFrontMatter('title: "Café society"', "A naïve résumé."), "latin1"),
    lines: [
      "encoding: expected UTF-8 text, found bytes that are not UTF-8 (it looks like windows-1252 (cp1252) or latin-1); save the file as UTF-8",
    ],
  },
  // Front matter that cannot be read.
  {
    file: "content/ru/blog/broken-yaml.md",
    contents: '---\ntitle: "не закрыта\ntags: [a\n---\nТекст\n',
    lines: ["front matter: expected valid YAML, found unexpected end of the stream within a double quoted scalar at line 4"],
  },
  {
    file: "content/ru/blog/bad-indent.md",
    contents: withFrontMatter('title: "Заголовок"\n  description: "сдвинуто"'),
    lines: ["front matter: expected valid YAML, found bad indentation of a mapping entry at line 3"],
  },
  {
    file: "content/ru/blog/list-front-matter.md",
    contents: withFrontMatter("- title\n- tags"),
    lines: ['front matter: expected a list of fields (key: value), found a list "["title","tags"]"'],
  },
  {
    file: "content/ru/blog/script-front-matter.md",
    contents: '---js\n{ title: require("node:os").hostname() }\n---\nТекст\n',
    lines: ["front matter: expected YAML between --- lines, found JavaScript front matter (---js), which is not run"],
  },
  {
    file: "content/ru/blog/yaml-js-tag.md",
    contents: withFrontMatter("title: !!js/function 'function () { return 1 }'"),
    lines: ["front matter: expected valid YAML, found unknown tag !<tag:yaml.org,2002:js/function> at line 2"],
  },
  {
    file: "content/ru/blog/billion-laughs.md",
    contents: withFrontMatter(billionLaughs),
    lines: ["front matter: expected plain fields without YAML anchors and aliases (&name, *name), found an alias"],
  },
  // Keys that are not the article's.
  { file: "content/ru/blog/drafts.md", contents: article({ drafts: true }), lines: [`drafts: ${unknownField}; did you mean "draft"?`] },
  {
    file: "content/ru/blog/update-date.md",
    contents: article({ updateDate: "2026-03-01" }),
    lines: [`updateDate: ${unknownField}; did you mean "updatedDate"?`],
  },
  {
    file: "content/ru/blog/title-case.md",
    contents: article({ Title: "Заголовок" }),
    lines: [`Title: ${unknownField}; did you mean "title"?`],
  },
  { file: "content/ru/blog/mood.md", contents: article({ mood: "весёлое" }), lines: [`mood: ${unknownField}`] },
  {
    file: "content/ru/blog/permalink.md",
    contents: article({ permalink: "../README.md" }),
    lines: [`permalink: ${eleventyField}, found Eleventy's "permalink", which an article may not set`],
  },
  {
    file: "content/ru/blog/layout.md",
    contents: article({ layout: false }),
    lines: [`layout: ${eleventyField}, found Eleventy's "layout", which an article may not set`],
  },
  {
    file: "content/ru/blog/excluded.md",
    contents: article({ eleventyExcludeFromCollections: true }),
    lines: [
      `eleventyExcludeFromCollections: ${eleventyField}, found Eleventy's "eleventyExcludeFromCollections", which an article may not set`,
    ],
  },
  {
    file: "content/ru/blog/computed.md",
    contents: article({ eleventyComputed: { title: "x" } }),
    lines: [`eleventyComputed: ${eleventyField}, found Eleventy's "eleventyComputed", which an article may not set`],
  },
  {
    file: "content/ru/blog/pagination.md",
    contents: article({ pagination: { data: "collections.all", size: 1 } }),
    lines: [`pagination: ${eleventyField}, found Eleventy's "pagination", which an article may not set`],
  },
  // Values of the article's fields.
  {
    file: "content/ru/blog/title-number.md",
    contents: article({}).replace(/^title: .*$/m, "title: 42"),
    lines: ["title: expected a non-empty title in quotes, found number 42"],
  },
  {
    file: "content/ru/blog/title-blank.md",
    contents: article({ title: "   " }),
    lines: ["title: expected a non-empty title in quotes, found an empty string"],
  },
  {
    file: "content/ru/blog/title-bell.md",
    contents: article({ title: "Звонок\u0007 и ESC\u001b[31m" }),
    lines: ['title: expected a non-empty title in quotes, without control characters, found "Звонок\\u0007 и ESC\\u001b[31m"'],
  },
  {
    file: "content/ru/blog/no-title.md",
    contents: article({ title: undefined }),
    lines: ["title: expected a non-empty title in quotes, found nothing (the field is missing)"],
  },
  {
    file: "content/ru/blog/long-title.md",
    contents: article({ title: "Заголовок ".repeat(500).trim() }),
    lines: ["title: expected a non-empty title in quotes of at most 200 characters, found 4999 characters"],
  },
  {
    file: "content/ru/blog/no-description.md",
    contents: article({ description: undefined }),
    lines: ["description: expected a one-sentence description in quotes, found nothing (the field is missing)"],
  },
  {
    file: "content/ru/blog/long-description.md",
    contents: article({ description: "д".repeat(301) }),
    lines: ["description: expected a one-sentence description in quotes of at most 300 characters, found 301 characters"],
  },
  {
    file: "content/ru/blog/tags-string.md",
    contents: article({}).replace(/^tags: .*$/m, "tags: LLM, Rust"),
    lines: ['tags: expected a list of tags such as ["OpenAI", "LLM"], found "LLM, Rust"'],
  },
  {
    file: "content/ru/blog/tags-number.md",
    contents: article({ tags: ["LLM", 7] }),
    lines: ["tags[1]: expected each tag a non-empty string, found number 7"],
  },
  {
    file: "content/ru/blog/tags-mapping.md",
    contents: article({ tags: { a: 1 } }),
    lines: ['tags: expected a list of tags such as ["OpenAI", "LLM"], found a mapping "{"a":1}"'],
  },
  {
    file: "content/ru/blog/impossible-date.md",
    contents: article({ pubDate: "2026-02-30" }),
    lines: ['pubDate: expected a real calendar date written as YYYY-MM-DD, found "2026-02-30"'],
  },
  {
    file: "content/ru/blog/russian-date.md",
    contents: article({ pubDate: "27.02.2026" }),
    lines: ['pubDate: expected a real calendar date written as YYYY-MM-DD, found "27.02.2026"'],
  },
  {
    file: "content/ru/blog/no-offset.md",
    contents: article({ pubDate: "2026-03-01T10:30:00" }),
    lines: [
      'pubDate: expected a date-time with its offset, such as 2026-03-01T10:30:00+03:00 (or a day, YYYY-MM-DD), found "2026-03-01T10:30:00"',
    ],
  },
  {
    file: "content/ru/blog/year-zero.md",
    contents: article({ pubDate: "0000-01-01" }),
    lines: ['pubDate: expected a date from 1990 on, found "0000-01-01"'],
  },
  {
    file: "content/ru/blog/far-future.md",
    contents: article({ pubDate: "2099-01-01" }),
    lines: [`pubDate: expected a date at most a year ahead (before ${yearAhead}), found "2099-01-01"`],
  },
  {
    file: "content/ru/blog/updated-before.md",
    contents: article({ updatedDate: "2026-01-01" }),
    lines: ['updatedDate: expected a date on or after pubDate, found "2026-01-01"'],
  },
  { file: "content/ru/blog/draft-word.md", contents: article({ draft: "yes" }), lines: ['draft: expected true or false, found "yes"'] },
  {
    file: "content/ru/blog/correction-without-note.md",
    contents: article({ corrections: [{ date: "2026-03-01" }] }),
    lines: ["corrections[0].note: expected a note saying what was corrected, found nothing (the field is missing)"],
  },
  {
    file: "content/ru/blog/correction-bad-date.md",
    contents: article({
      corrections: [
        { date: "2026-03-01", note: "Верно." },
        { date: "2026-02-30", note: "Исправлена дата." },
      ],
    }),
    lines: ['corrections[1].date: expected a real calendar date written as YYYY-MM-DD, found "2026-02-30"'],
  },
  {
    file: "content/ru/blog/correction-before-publication.md",
    contents: article({ corrections: [{ date: "2026-01-05", note: "Исправлена цифра." }] }),
    lines: ['corrections[0].date: expected a date on or after pubDate, found "2026-01-05"'],
  },
  {
    file: "content/ru/blog/corrections-as-text.md",
    contents: article({ corrections: "исправили опечатку" }),
    lines: [
      'corrections: expected a list of corrections, each { date: 2026-03-02, note: "What was corrected." }, found "исправили опечатку"',
    ],
  },
  {
    file: "content/ru/blog/translation-of-nothing.md",
    contents: article({ translation: "machine" }),
    lines: ['translation: expected only in a translation (a file with translatedFrom, as npm run translate writes it), found "machine"'],
  },
  {
    file: "content/en/blog/translation-method-unknown.md",
    besides: { "content/ru/blog/translation-method-unknown.md": article() },
    contents: article({ author: "Editorial team", category: "AI News", translatedFrom: "abc123abc123", translation: "google" }),
    lines: ['translation: expected how the translation was made: "human", "machine", "machine-reviewed", found "google"'],
  },
  {
    file: "content/en/blog/reviewed-by-nobody.md",
    besides: { "content/ru/blog/reviewed-by-nobody.md": article() },
    contents: article({ author: "Editorial team", category: "AI News", translatedFrom: "abc123abc123", translation: "machine-reviewed" }),
    lines: [
      'reviewedBy: expected the name of the person who reviewed the machine translation, with translation: "machine-reviewed", found nothing (the field is missing)',
    ],
  },
  {
    file: "content/en/blog/human-translation-by-nobody.md",
    besides: { "content/ru/blog/human-translation-by-nobody.md": article() },
    contents: article({ author: "Editorial team", category: "AI News", translatedFrom: "abc123abc123", translation: "human" }),
    lines: [
      'translator: expected the name of the person who translated it, with translation: "human", found nothing (the field is missing)',
    ],
  },
  {
    file: "content/ru/blog/ai-word.md",
    contents: article({ aiAssistance: "yes", editedBy: "Анна Смирнова" }),
    lines: ['aiAssistance: expected how AI took part: "drafted" or "generated", found "yes"'],
  },
  {
    file: "content/ru/blog/edited-without-ai.md",
    contents: article({ editedBy: "Анна Смирнова" }),
    lines: [
      'aiAssistance: expected "drafted" or "generated", since editedBy names who edited what AI wrote, found nothing (the field is missing)',
    ],
  },
  {
    file: "content/ru/blog/no-author.md",
    contents: article({ author: undefined }),
    lines: [
      'author: expected the author\'s name, or a list of names such as ["Анна Смирнова", "Илья Корнеев"], found nothing (the field is missing)',
    ],
  },
  {
    file: "content/ru/blog/undeclared-author.md",
    contents: article({ author: "Пётр Петров" }),
    lines: [
      'author: expected one of «Редакция», «Анна Смирнова», «Илья Корнеев», or an author declared in _data/authors.json (add { "id": "…", "type": "person", "names": { "ru": "Пётр Петров", … } } there), found "Пётр Петров"',
    ],
  },
  {
    file: "content/en/blog/undeclared-coauthor.md",
    contents: article({ category: "AI News", author: ["Anna Smirnova", "John Doe"] }),
    lines: [
      'author[1]: expected one of «Editorial team», «Anna Smirnova», «Ilya Korneev», or an author declared in _data/authors.json (add { "id": "…", "type": "person", "names": { "en": "John Doe", … } } there), found "John Doe"',
    ],
  },
  {
    file: "content/ru/blog/unknown-category.md",
    contents: article({ category: "Спорт" }),
    lines: [`category: expected one of ${ruCategories}, found "Спорт"`],
  },
  {
    file: "content/en/blog/russian-category.md",
    contents: article({ author: "Editorial team", title: "English article", category: "Новости ИИ" }),
    lines: ['category: expected one of «AI News», «Development», «Tools», «Research», «Regulation», found "Новости ИИ"'],
  },
  {
    file: "content/ru/blog/several-at-once.md",
    contents: article({ title: "", drafts: true, category: "Спорт" }),
    lines: [
      `drafts: ${unknownField}; did you mean "draft"?`,
      "title: expected a non-empty title in quotes, found an empty string",
      `category: expected one of ${ruCategories}, found "Спорт"`,
    ],
  },
  // The hero image.
  {
    file: "content/ru/blog/hero-relative.md",
    contents: article({ heroImage: "images/blog/x.webp" }),
    lines: [
      'heroImage: expected a site-absolute image path such as /images/blog/hero.webp (avif, gif, jpeg, png, svg or webp), found "images/blog/x.webp"',
    ],
  },
  {
    file: "content/ru/blog/hero-outside.md",
    contents: article({ heroImage: "/etc/passwd" }),
    lines: [
      'heroImage: expected a site-absolute image path such as /images/blog/hero.webp (avif, gif, jpeg, png, svg or webp), found "/etc/passwd"',
    ],
  },
  {
    file: "content/ru/blog/hero-missing.md",
    contents: article({ heroImage: "/images/blog/none.webp" }),
    lines: ['heroImage: expected an image file at content/images/blog/none.webp, found "/images/blog/none.webp" (no such file)'],
  },
  {
    file: "content/ru/blog/hero-focus-word.md",
    contents: article({ heroFocus: "middle" }),
    lines: [`heroFocus: expected ${heroFocusWords}, found "middle"`],
  },
  {
    file: "content/ru/blog/hero-focus-step.md",
    contents: article({ heroFocus: "33% 40%" }),
    lines: [`heroFocus: expected ${heroFocusWords}, found "33% 40%"`],
  },
  {
    file: "content/ru/blog/hero-focus-number.md",
    contents: article({ heroFocus: 30 }),
    lines: [`heroFocus: expected ${heroFocusWords}, found number 30`],
  },
  // The body and its images.
  {
    file: "content/ru/blog/empty-body.md",
    contents: article({}, ""),
    lines: ["body: expected the article's text after the front matter, found an empty body"],
  },
  {
    file: "content/ru/blog/blank-body.md",
    contents: article({}, "\n   \n\n"),
    lines: ["body: expected the article's text after the front matter, found an empty body"],
  },
  {
    file: "content/ru/blog/remote-image.md",
    contents: article({}, "Текст.\n\n![Пиксель](https://tracker.example/p.gif)"),
    lines: [`image https://tracker.example/p.gif: ${bodyImage}, found an image on another site`],
  },
  {
    file: "content/ru/blog/protocol-relative-image.md",
    contents: article({}, "Текст.\n\n![Пиксель](//tracker.example/p.gif)"),
    lines: [`image //tracker.example/p.gif: ${bodyImage}, found an image on another site`],
  },
  {
    file: "content/ru/blog/relative-image.md",
    contents: article({}, "Текст.\n\n![График](../../x.png)"),
    lines: [`image ../../x.png: ${bodyImage}, found a relative path`],
  },
  {
    file: "content/ru/blog/missing-alt.md",
    contents: article({}, "Текст.\n\n![](/images/blog/hero-fast-model.webp)"),
    lines: [`image /images/blog/hero-fast-model.webp: ${altText}`],
  },
  {
    file: "content/ru/blog/missing-image.md",
    contents: article({}, "Текст.\n\n![График](/images/blog/no-such-chart.png)"),
    lines: ["image /images/blog/no-such-chart.png: expected an image file at content/images/blog/no-such-chart.png, found no such file"],
  },
  {
    file: "content/ru/blog/climbing-image.md",
    contents: article({}, "Текст.\n\n![Пароли](/images/../../etc/passwd)"),
    lines: ["image /images/../../etc/passwd: expected a file under content/images/, found a path that leaves that folder"],
  },
  // SVGs are published as they are: nothing in one may run or fetch.
  svgCase("script", "<script>alert(1)</script>", ["<script>: {expected}, found a <script> element"], "hero"),
  svgCase("onload", '<rect width="4" height="4" onload="alert(1)"/>', ["<rect onload>: {expected}, found an event handler attribute"]),
  svgCase("javascript-link", '<a href="java&#9;script:alert(1)"><text>x</text></a>', ["<a href>: {expected}, found a javascript: link"]),
  svgCase("remote-image", '<image xlink:href="https://tracker.example/p.png" width="1" height="1"/>', [
    "<image xlink:href>: {expected}, found a reference to https://tracker.example/p.png",
  ]),
  svgCase("remote-css", "<style>@import url(//fonts.example/x.css); rect { fill: url(#g) }</style>", [
    "<style>: {expected}, found a reference to //fonts.example/x.css",
  ]),
  svgCase("foreign-object", '<foreignObject width="10" height="10"><p>HTML</p></foreignObject>', [
    "<foreignObject>: {expected}, found a <foreignObject> element (HTML inside the SVG)",
  ]),
  // Links that lead out of the project.
  {
    file: "content/ru/blog/linked-outside.md",
    contents: "",
    link: path.join(outside, "secret.md"),
    lines: [`file: expected a file inside the project, found a link to ${path.join(outside, "secret.md")}`],
  },
  {
    file: "content/ru/blog/shows-linked-image.md",
    contents: article({}, "Снимок:\n\n![Снимок](/images/linked/secret.webp)"),
    lines: [`image /images/linked/secret.webp: expected a file inside the project, found a link to ${path.join(outside, "secret.webp")}`],
    besides: { "content/images/linked/secret.webp": { linkTo: path.join(outside, "secret.webp") } },
  },
  // Where the file is.
  {
    file: "content/de/blog/undeclared.md",
    contents: article({}),
    lines: ['language folder: expected a language folder declared in _data/languages.json (ru, en), found "de"'],
  },
  {
    file: "content/ru/about.md",
    contents: article({}),
    lines: [
      'location: expected an article at <language>/blog/<slug>.md or a publisher page at <language>/pages/<slug>.md, found "ru/about.md"',
    ],
  },
  {
    file: "content/ru/blog/Fast-Model.md",
    contents: article({}),
    lines: ['file name: expected a Latin slug such as fast-code-model.md, found "Fast-Model"'],
  },
  {
    file: "content/ru/blog/пробная статья.md",
    contents: article({}),
    lines: ['file name: expected a Latin slug such as fast-code-model.md, found "пробная статья"'],
  },
  // Across files.
  {
    file: "content/en/blog/orphan-translation.md",
    contents: article({ author: "Editorial team", title: "A translation of nothing", category: "AI News", translatedFrom: "0123456789ab" }),
    lines: [
      "translatedFrom: expected the original article, content/<language>/blog/orphan-translation.md in another language, found no article of that name in any other language",
    ],
  },
  {
    file: "content/ru/blog/tag-clash.md",
    contents: article({ tags: ["CI CD"] }),
    lines: [
      'tags[0]: expected a tag name with a URL of its own, or exactly "CI/CD", found "CI CD", whose URL /ru/tags/ci-cd/ is already that of "CI/CD" in content/ru/blog/good.md',
    ],
  },
  {
    file: "content/ru/blog/tag-without-letters.md",
    contents: article({ tags: ["!!!"] }),
    lines: ['tags[0]: expected a tag with letters or digits for its URL, found "!!!"'],
  },
];

const problemCount = cases.reduce((sum, { lines }) => sum + lines.length, 0);

const table = suite<{ root: string; before: Record<string, string>; result: BuildResult }>("the bad-input table");

table.before((context) => {
  const good = article({ title: "Хорошая статья", tags: ["CI/CD"] });
  context.root = createSite({ files: { "content/ru/blog/good.md": good, [sampleHero]: projectFile(sampleHero) } });
  const first = buildSite(context.root);
  assert.is(first.status, 0, first.stdout + first.stderr);
  context.before = siteSnapshot(path.join(context.root, "_site"));
  for (const { file, contents, link, besides = {} } of cases) {
    const files: Array<[string, string | Buffer | Link]> = [[file, link ? { linkTo: link } : contents], ...Object.entries(besides)];
    for (const [name, written] of files) {
      mkdirSync(path.dirname(path.join(context.root, name)), { recursive: true });
      if (typeof written === "object" && "linkTo" in written) symlinkSync(written.linkTo, path.join(context.root, name));
      else writeFileSync(path.join(context.root, name), written);
    }
  }
  context.result = buildSite(context.root);
});
table.after((context) => {
  removeSite({ root: context.root });
  rmSync(outside, { recursive: true, force: true });
});

const printed = (result: BuildResult): string[] => (result.stdout + result.stderr).split("\n").filter((line) => line.trim() !== "");

table(
  `${cases.length} files, ${problemCount} problems: the build fails without a stack trace and _site is as it was`,
  ({ root, before, result }) => {
    assert.is.not(result.status, 0);
    assert.not.match(result.stdout + result.stderr, stackTraceLine);
    assert.equal(siteSnapshot(path.join(root, "_site")), before);
  },
);

for (const { file, lines } of cases) {
  table(`${file}: ${lines.map((line) => line.split(":")[0]).join(", ")}`, ({ result }) => {
    const own = printed(result).filter((line) => line.startsWith(`${file}: `));
    assert.equal(
      own,
      lines.map((line) => `${file}: ${line}`),
    );
  });
}

table("nothing else is printed but the count", ({ result }) => {
  const others = printed(result).filter((line) => !cases.some(({ file }) => line.startsWith(`${file}: `)));
  assert.equal(others, [`${problemCount} problems in ${cases.length} files; nothing was published`]);
  console.log(`bad-input table: ${others[0]}`);
});

table.run();
