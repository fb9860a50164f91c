// Heading anchors: transliterated, numbered when repeated, stable under edits; and the table of contents built from them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { headingsKey, recordedHeadings, tableOfContents, uniqueIds, type Heading } from "../../../src/markdown/headings.ts";
import { createMarkdown } from "../../../src/markdown/renderer.ts";

const russian = createMarkdown({ quotes: "«»„“" });

function render(source: string): { html: string; headings: Heading[] } {
  const env: Record<PropertyKey, unknown> = {};
  const html = russian.render(source, env);
  return { html, headings: recordedHeadings(env) };
}

test("heading ids are transliterated slugs of the heading text", () => {
  assert.equal(uniqueIds(["Что изменилось", "AI для кодинга", "C++ и Rust"]), ["chto-izmenilos", "ai-dlya-kodinga", "c-i-rust"]);
});

test("a repeated heading gets -2, -3 in document order", () => {
  assert.equal(uniqueIds(["Итоги", "Итоги", "Другое", "Итоги"]), ["itogi", "itogi-2", "drugoe", "itogi-3"]);
});

test("an id never repeats one the layout uses, and a heading without letters still gets one", () => {
  assert.equal(uniqueIds(["Main", "🚀", "!!!"]), ["main-2", "section", "section-2"]);
});

test("editing other headings or the text between them does not move an anchor", () => {
  const before = render("## Введение\n\nТекст.\n\n## Итоги\n\nЕщё.\n\n## Итоги\n");
  const after = render("## Введение в тему\n\nСовсем другой текст.\n\n## Итоги\n\nЕщё.\n\n### Новый раздел\n\n## Итоги\n");
  const idsOf = (result: { headings: Heading[] }) =>
    result.headings.filter((heading) => heading.text === "Итоги").map((heading) => heading.id);
  assert.equal(idsOf(after), idsOf(before));
});

test("rendered headings carry their id, and the text the reader sees is recorded", () => {
  const { html, headings } = render('## Что "нового" в `v2`\n\n### Детали\n');
  assert.match(html, '<h2 id="chto-novogo-v-v2">Что «нового» в <code>v2</code></h2>');
  assert.equal(headings, [
    { level: 2, id: "chto-novogo-v-v2", text: "Что «нового» в v2" },
    { level: 3, id: "detali", text: "Детали" },
  ]);
});

test("a page that was not rendered from markdown has no recorded headings", () => {
  assert.equal(recordedHeadings({}), []);
  assert.equal(recordedHeadings({ [headingsKey]: "not a list" }), []);
});

const heading = (level: number, id: string): Heading => ({ level, id, text: id });

test("the table of contents nests h3 under the h2 before it and ignores other levels", () => {
  const toc = tableOfContents([heading(1, "t"), heading(2, "a"), heading(3, "a1"), heading(4, "deep"), heading(3, "a2"), heading(2, "b")]);
  assert.equal(
    toc.map((entry) => [entry.id, entry.children.map((child) => child.id)]),
    [
      ["a", ["a1", "a2"]],
      ["b", []],
    ],
  );
});

test("fewer than three h2/h3 headings make no table of contents", () => {
  assert.equal(tableOfContents([heading(2, "a"), heading(3, "b"), heading(4, "c")]), []);
  assert.is(tableOfContents([heading(2, "a"), heading(3, "b"), heading(2, "c")]).length, 2);
});

test("an h3 before any h2 stands at the top level", () => {
  assert.equal(
    tableOfContents([heading(3, "x"), heading(2, "a"), heading(3, "y")]).map((entry) => entry.id),
    ["x", "a"],
  );
});

test.run();
