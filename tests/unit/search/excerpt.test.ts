// Pagefind excerpts become text parts with marked words: escaped markup is shown as characters, never parsed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeEntities, excerptParts } from "../../../src/search/shared/excerpt.ts";

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

test.run();
