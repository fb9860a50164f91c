// What editors may write that looks hostile but is fine: each case builds into safe, correct HTML (the cases that must
// fail are in bad-input-table.test.ts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const hero = { [sampleHero]: projectFile(sampleHero) };
const output = (result: BuildResult): string => result.stdout + result.stderr;

// ---------------------------------------------------------------------------------------------------------------
// Cases that must build, each checked on its own page.

const hostileTitle = `Он сказал "привет" <b>жирно</b> & </script><script>alert(1)</script>`;
// The longest title the schema takes (200 characters, ending mid-word so nothing is trimmed).
const longestTitle = "Очень ".repeat(40).slice(0, 200);
const fiveMegabytes = "Абзац о языковых моделях и тестах. ".repeat(150_000);

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

builds.run();
