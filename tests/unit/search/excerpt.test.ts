// Pagefind excerpts become text parts with marked words: escaped markup is shown as characters, never parsed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleExcerpt, decodeEntities, excerptParts } from "../../../src/search/shared/excerpt.ts";
import { askedWord } from "../../../src/search/shared/match.ts";

test("marked words become their own parts", () => {
  assert.equal(excerptParts("Новая <mark>модель</mark> для кода"), [
    { text: "Новая ", marked: false },
    { text: "модель", marked: true },
    { text: " для кода", marked: false },
  ]);
});

test("escaped markup in the text comes back as the characters the article shows", () => {
  assert.equal(excerptParts("теги вроде &lt;b&gt; и &quot;кавычки&quot; &amp; <mark>Q&amp;A</mark>"), [
    { text: 'теги вроде <b> и "кавычки" & ', marked: false },
    { text: "Q&A", marked: true },
  ]);
});

test("tags other than mark stay text, to be shown, never parsed", () => {
  assert.equal(excerptParts("<script>alert(1)</script>"), [{ text: "<script>alert(1)</script>", marked: false }]);
});

test("numeric entities decode; impossible ones and unknown names stay as written", () => {
  assert.is(decodeEntities("&#171;ёлочки&#187; &#x1F916; &#0; &#x110000; &bogus;"), "«ёлочки» 🤖 &#0; &#x110000; &bogus;");
});

test("an empty excerpt has no parts", () => {
  assert.equal(excerptParts(""), []);
});

// A page as Pagefind stores it: title, description, category and author come first in its text, its tags last.
const article = {
  content:
    "Правила для чат-ботов. Короткое описание для списков. Новости ИИ Редакция Евросоюз готовит правила: бот должен назвать себя. Если бот молчит, штраф. Регулирование",
  meta: { title: "Правила для чат-ботов" },
  filters: { category: ["Новости ИИ"], author: ["Редакция"], tag: ["Регулирование"] },
};
const at = (...locations: number[]) => locations.map((location) => ({ weight: 1, location }));

test("an excerpt comes from the article's own text, not the title, description and labels indexed before it", () => {
  // Pagefind matched «правила» in the title (0) and the text (12), «Регулирование» in the tags (21).
  const excerpt = articleExcerpt({ ...article, weighted_locations: at(0, 12, 21) }, askedWord(["правила"], []), 6);
  assert.is(excerpt, "Евросоюз готовит <mark>правила</mark>: бот должен назвать …");
});

test("only asked words are marked: «ЕС» does not mark the «Если» Pagefind matched as its prefix", () => {
  const excerpt = articleExcerpt({ ...article, weighted_locations: at(17) }, askedWord(["ЕС", "Евросоюз"], ["ес"]), 30);
  assert.not.match(excerpt, "<mark>");
  const withUnion = articleExcerpt({ ...article, weighted_locations: at(10, 17) }, askedWord(["ЕС", "Евросоюз"], ["ес"]), 30);
  assert.is(withUnion, "<mark>Евросоюз</mark> готовит правила: бот должен назвать себя. Если бот молчит, штраф.");
});

test("a match only in the title or a tag shows the description, as the lists do", () => {
  assert.is(
    articleExcerpt({ ...article, weighted_locations: at(21) }, askedWord(["регулирование"], []), 30),
    "Короткое описание для списков.",
  );
});

test.run();
