// What editors can get wrong: each case either builds into safe, correct HTML or fails with one line naming file and field.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const hero = { [sampleHero]: projectFile(sampleHero) };
const output = (result: BuildResult): string => result.stdout + result.stderr;
const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;

// ---------------------------------------------------------------------------------------------------------------
// Cases that must build, each checked on its own page.

const hostileTitle = `Он сказал "привет" <b>жирно</b> & </script><script>alert(1)</script>`;
// The longest title the schema takes (200 characters, ending mid-word so nothing is trimmed).
const longestTitle = "Очень ".repeat(40).slice(0, 200);
const fiveMegabytes = "Абзац о языковых моделях и тестах. ".repeat(150_000);
const garbageBytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256));

const buildsCases: Record<string, string | Buffer> = {
  "content/ru/blog/html-in-title.md": article({ title: hostileTitle, description: `Описание с <i>тегом</i> и "кавычками"` }),
  "content/ru/blog/raw-script.md": article({}, 'Текст.\n\n<script>alert(1)</script>\n\n<iframe src="https://example.com"></iframe>'),
  "content/ru/blog/javascript-link.md": article(
    {},
    "[клик](javascript:alert(1)) и [данные](data:text/html;base64,PHNjcmlwdD4=) и <javascript:alert(2)> и ![x](javascript:alert(3))",
  ),
  "content/ru/blog/event-handler-title.md": article(
    {},
    '[ссылка](https://example.com "title\\" onclick=\\"alert(1)")\n\n## <img src=x onerror=alert(1)>',
  ),
  "content/ru/blog/with-bom.md": `\uFEFF${article({ title: "Статья с BOM" })}`,
  "content/ru/blog/crlf-endings.md": article({ title: "Статья с CRLF" }, "Первая строка.\n\n## Раздел\n\nВторая.").replace(/\n/g, "\r\n"),
  "content/ru/blog/five-megabytes.md": article({ title: "Очень длинная статья" }, fiveMegabytes),
  "content/ru/blog/emoji-title.md": article({ title: "Модель 🤖 понимает עברית и 中文" }),
  "content/ru/blog/long-title.md": article({ title: longestTitle }),
  "content/ru/blog/duplicate-tags.md": article({ tags: ["LLM", "LLM", "Rust"] }),
  "content/ru/blog/template-syntax-in-text.md": article({}, "В тексте {{ user.name }} и {% if x %} остаются как есть."),
  "content/ru/blog/date-with-time.md": article({ pubDate: "2026-02-27T10:30:00Z" }),
  "content/ru/blog/quoted-date.md": article({}).replace(/^pubDate: .*$/m, 'pubDate: "2026-02-27"'),
  "content/ru/blog/empty-optional.md": article({}).replace(/^author: .*$/m, 'author: "Редакция"\nheroAlt:\nupdatedDate:'),
  ...hero,
};

const builds = suite<{ result: BuildResult }>("input that builds into safe HTML");

builds.before((context) => {
  context.result = build({ files: buildsCases });
});
builds.after((context) => removeSite(context.result));

builds("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, output(result));
});

builds("HTML and quotes in a title are text everywhere", ({ result }) => {
  const doc = page(result, "/ru/blog/html-in-title/");
  assert.is(doc.querySelector("h1")?.text, hostileTitle);
  assert.is(doc.querySelector("h1 b"), null);
  // The one script element is JSON-LD data; the title inside it must parse back whole, not end the element.
  const scripts = doc.querySelectorAll("script");
  assert.equal(
    scripts.map((script) => script.getAttribute("type")),
    ["application/ld+json"],
  );
  assert.is(JSON.parse(scripts[0]?.textContent ?? "").headline, hostileTitle);
  assert.ok(doc.querySelector("title")?.text.startsWith(hostileTitle));
  assert.is(doc.querySelector('meta[name="description"]')?.getAttribute("content"), `Описание с <i>тегом</i> и "кавычками"`);
  const card = page(result, "/ru/")
    .querySelectorAll(".card h2 a")
    .find((link) => link.getAttribute("href") === "/ru/blog/html-in-title/");
  assert.is(card?.text, hostileTitle);
});

builds("raw HTML in markdown is shown as text, never run", ({ result }) => {
  const body = page(result, "/ru/blog/raw-script/").querySelector(".article-body");
  assert.is(body?.querySelectorAll("script, iframe").length, 0);
  assert.match(body?.text ?? "", "<script>alert(1)</script>");
});

builds("javascript: and data: links are not links", ({ result }) => {
  const body = page(result, "/ru/blog/javascript-link/").querySelector(".article-body");
  const hrefs = body?.querySelectorAll("a, img").map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? "") ?? [];
  assert.ok(
    hrefs.every((href) => !/^\s*(javascript|data):/i.test(href)),
    String(hrefs),
  );
});

builds("a link title or heading cannot smuggle an attribute or element", ({ result }) => {
  const body = page(result, "/ru/blog/event-handler-title/").querySelector(".article-body");
  assert.is(body?.querySelector("[onclick]"), null);
  assert.is(body?.querySelector("img"), null);
  assert.match(body?.querySelector("h2")?.text ?? "", "<img src=x onerror=alert(1)>");
});

builds("a byte-order mark and CRLF line endings are read like any article", ({ result }) => {
  assert.is(page(result, "/ru/blog/with-bom/").querySelector("h1")?.text, "Статья с BOM");
  const crlf = page(result, "/ru/blog/crlf-endings/");
  assert.is(crlf.querySelector("h1")?.text, "Статья с CRLF");
  assert.is(crlf.querySelector(".article-body h2")?.text, "Раздел");
});

builds("a 5 MB article builds, with a reading time to match", ({ result }) => {
  const meta = page(result, "/ru/blog/five-megabytes/").querySelector(".article-meta")?.text ?? "";
  assert.match(meta, /\d[\u00a0\u202f ]?\d{3} минут/); // thousands, grouped as Russian writes them
});

builds("emoji, other scripts and very long titles are kept whole", ({ result }) => {
  assert.is(page(result, "/ru/blog/emoji-title/").querySelector("h1")?.text, "Модель 🤖 понимает עברית и 中文");
  assert.is(page(result, "/ru/blog/long-title/").querySelector("h1")?.text, longestTitle);
});

builds("a tag listed twice is shown once", ({ result }) => {
  const tags = page(result, "/ru/blog/duplicate-tags/")
    .querySelectorAll(".tag-list li")
    .map((tag) => tag.text.trim());
  assert.equal(tags, ["LLM", "Rust"]);
});

builds("template syntax in prose stays literal", ({ result }) => {
  assert.match(
    page(result, "/ru/blog/template-syntax-in-text/").querySelector(".article-body")?.text ?? "",
    "{{ user.name }} и {% if x %}",
  );
});

builds("a dated time, a quoted date and empty optional fields all build", ({ result }) => {
  for (const slug of ["date-with-time", "quoted-date", "empty-optional"]) {
    assert.ok(page(result, `/ru/blog/${slug}/`).querySelector("h1"), slug);
  }
  assert.is(page(result, "/ru/blog/quoted-date/").querySelector(".article-meta time")?.text, "27 февраля 2026 г.");
});

// ---------------------------------------------------------------------------------------------------------------
// Cases that must fail: all in one build, since every article's problems are reported in one run.

interface FailingCase {
  file: string;
  contents: string | Buffer;
  /** The field the line must name, and a fragment of what was found. */
  field: string;
  found: string;
}

const failingCases: FailingCase[] = [
  {
    file: "content/ru/blog/title-number.md",
    contents: article({}).replace(/^title: .*$/m, "title: 42"),
    field: "title",
    found: "number 42",
  },
  { file: "content/ru/blog/title-blank.md", contents: article({ title: "   " }), field: "title", found: "an empty string" },
  { file: "content/ru/blog/no-title.md", contents: article({ title: undefined }), field: "title", found: "nothing" },
  { file: "content/ru/blog/no-description.md", contents: article({ description: undefined }), field: "description", found: "nothing" },
  {
    file: "content/ru/blog/tags-string.md",
    contents: article({}).replace(/^tags: .*$/m, "tags: LLM, Rust"),
    field: "tags",
    found: '"LLM, Rust"',
  },
  { file: "content/ru/blog/tags-number.md", contents: article({ tags: ["LLM", 7] }), field: "tags[1]", found: "number 7" },
  { file: "content/ru/blog/tags-mapping.md", contents: article({ tags: { a: 1 } }), field: "tags", found: "a mapping" },
  { file: "content/ru/blog/impossible-date.md", contents: article({ pubDate: "2026-02-30" }), field: "pubDate", found: '"2026-02-30"' },
  { file: "content/ru/blog/russian-date.md", contents: article({ pubDate: "27.02.2026" }), field: "pubDate", found: '"27.02.2026"' },
  {
    file: "content/ru/blog/updated-before.md",
    contents: article({ updatedDate: "2026-01-01" }),
    field: "updatedDate",
    found: '"2026-01-01"',
  },
  { file: "content/ru/blog/draft-word.md", contents: article({ draft: "yes" }), field: "draft", found: '"yes"' },
  {
    file: "content/ru/blog/hero-relative.md",
    contents: article({ heroImage: "images/blog/x.webp" }),
    field: "heroImage",
    found: '"images/blog/x.webp"',
  },
  { file: "content/ru/blog/hero-outside.md", contents: article({ heroImage: "/etc/passwd" }), field: "heroImage", found: '"/etc/passwd"' },
  {
    file: "content/ru/blog/hero-missing.md",
    contents: article({ heroImage: "/images/blog/none.webp" }),
    field: "heroImage",
    found: '"/images/blog/none.webp" (no such file)',
  },
  { file: "content/ru/blog/empty-file.md", contents: "", field: "front matter", found: "no front matter" },
  { file: "content/ru/blog/binary-garbage.md", contents: garbageBytes, field: "encoding", found: "binary data, not text" },
  { file: "content/de/blog/undeclared.md", contents: article({}), field: "language folder", found: '"de"' },
  { file: "content/ru/about.md", contents: article({}), field: "location", found: '"ru/about.md"' },
  { file: "content/ru/blog/Fast-Model.md", contents: article({}), field: "file name", found: '"Fast-Model"' },
  { file: "content/ru/blog/пробная статья.md", contents: article({}), field: "file name", found: '"пробная статья"' },
];

const fails = suite<{ result: BuildResult }>("input that fails with a clear line");

fails.before((context) => {
  const files = Object.fromEntries(failingCases.map((failing) => [failing.file, failing.contents]));
  context.result = build({ files: { ...files, "content/ru/blog/fast-model.md": article({}), ...hero } });
});
fails.after((context) => removeSite(context.result));

fails("the build fails and prints no stack trace", ({ result }) => {
  assert.is.not(result.status, 0);
  assert.not.match(output(result), stackTraceLine);
});

for (const failing of failingCases) {
  fails(`${failing.file}: ${failing.field}`, ({ result }) => {
    const line = output(result)
      .split("\n")
      .find((text) => text.includes(`${failing.file}: ${failing.field}: expected `));
    assert.ok(line, `no line for ${failing.file} ${failing.field} in:\n${output(result)}`);
    assert.match(line ?? "", `found ${failing.found}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter that cannot be read at all stops the build on its own, each with one line.

const unreadable: Array<{ name: string; contents: string; found: RegExp }> = [
  { name: "broken-yaml", contents: '---\ntitle: "не закрыта\ntags: [a\n---\nТекст\n', found: /expected valid YAML, found .+ at line \d+/ },
  {
    name: "list-front-matter",
    contents: "---\n- title\n- tags\n---\nТекст\n",
    found: /expected a list of fields \(key: value\), found a list/,
  },
  {
    name: "script-front-matter",
    contents: '---js\n{ title: require("node:os").hostname() }\n---\nТекст\n',
    found: /expected YAML between --- lines, found JavaScript front matter/,
  },
  {
    name: "yaml-js-tag",
    contents: "---\ntitle: !!js/function 'function () { return 1 }'\n---\nТекст\n",
    found: /expected valid YAML, found unknown tag/,
  },
];

const unreadableSuite = suite<{ results: Map<string, BuildResult> }>("front matter that cannot be read");

unreadableSuite.before((context) => {
  context.results = new Map(
    unreadable.map((entry) => [entry.name, build({ files: { [`content/ru/blog/${entry.name}.md`]: entry.contents, ...hero } })]),
  );
});
unreadableSuite.after((context) => {
  for (const result of context.results.values()) removeSite(result);
});

for (const entry of unreadable) {
  unreadableSuite(`${entry.name}: one line, no stack trace`, ({ results }) => {
    const result = results.get(entry.name);
    if (!result) throw new Error("not built");
    assert.is.not(result.status, 0);
    assert.match(output(result), `content/ru/blog/${entry.name}.md: front matter: `);
    assert.match(output(result), entry.found);
    assert.not.match(output(result), stackTraceLine);
  });
}

builds.run();
fails.run();
unreadableSuite.run();
