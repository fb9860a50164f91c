import { test } from "uvu";
import * as assert from "uvu/assert";
import { countWords, formatMinutes, readingMinutes } from "../../../src/markdown/reading-time.ts";

test("Russian minutes take the right plural form", () => {
  const forms: Array<[number, string]> = [
    [1, "1 минута"],
    [2, "2 минуты"],
    [3, "3 минуты"],
    [4, "4 минуты"],
    [5, "5 минут"],
    [11, "11 минут"],
    [12, "12 минут"],
    [21, "21 минута"],
    [22, "22 минуты"],
    [25, "25 минут"],
    [101, "101 минута"],
  ];
  for (const [minutes, expected] of forms) assert.is(formatMinutes(minutes, "ru-RU"), expected);
});

test("English minutes are singular only for one", () => {
  assert.is(formatMinutes(1, "en-US"), "1 minute");
  assert.is(formatMinutes(7, "en-US"), "7 minutes");
});

test("words are counted in the text, not in the markup", () => {
  assert.is(countWords('<p>Одна <a href="https://example.com/x">две</a> три &mdash; four.</p>'), 4);
});

test("reading time is at least a minute and grows with length", () => {
  assert.is(readingMinutes("<p>коротко</p>"), 1);
  const long = `<p>${"слово ".repeat(900)}</p>`;
  assert.is(readingMinutes(long), 5);
});

test.run();
