// Whether results show the words searched for, or only a prefix Pagefind fell back to.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { askedWord, resultsShowWords } from "../../../src/search/shared/match.ts";

const excerpts = (...texts: string[]) => texts.map((excerpt) => ({ excerpt }));

test("results count when they highlight the words in another form: «тесты» in «…тестами…», model in Models", () => {
  assert.ok(resultsShowWords(excerpts("проверка <mark>тестами</mark> и без", "ещё текст"), ["тесты"]));
  assert.ok(resultsShowWords(excerpts("the <mark>Models</mark> behind it"), ["model"]));
  assert.ok(resultsShowWords(excerpts("<mark>ИИ-агенты</mark> в CI"), ["ии"]));
  assert.ok(resultsShowWords(excerpts("вопросы о <mark>тегах</mark>"), ["теги"]));
});

test("results Pagefind matched by a one-letter prefix do not count: «купгдфещт» highlighting «к»", () => {
  assert.not.ok(resultsShowWords(excerpts("почему команды возвращаются <mark>к</mark> старым шаблонизаторам"), ["купгдфещт"]));
  assert.not.ok(resultsShowWords(excerpts("<mark>и</mark> ещё", "<mark>ИИ-агенты</mark>"), ["йцукенгшщз"]));
  assert.not.ok(resultsShowWords(excerpts("no highlight at all"), ["тесты"]));
  assert.not.ok(resultsShowWords([], ["тесты"]));
});

test("results count through any synonym: «ии» found as «искусственный интеллект»", () => {
  assert.ok(resultsShowWords(excerpts("закон об <mark>искусственном</mark> интеллекте"), ["ии", "искусственный интеллект"]));
});

test("a word in the title or a tag, category or author counts when the body highlights nothing: «Регулирование», «Орлов»", () => {
  assert.ok(resultsShowWords([{ excerpt: "регуляторы готовят правила", labels: ["Новости ИИ", "Регулирование"] }], ["регулирование"]));
  assert.ok(resultsShowWords([{ excerpt: "текст", labels: ["Павел Орлов"] }], ["Орлов"]));
  assert.ok(resultsShowWords([{ excerpt: "текст", title: "Перевод кода между языками" }], ["Перевод кода"]));
  assert.not.ok(resultsShowWords([{ excerpt: "текст <mark>к</mark> делу", title: "Как команды", labels: ["Разработка"] }], ["кщзщщщ"]));
});

test("an abbreviation matches only itself: «ЕС» is not «если», «ИИ» not «и», EU not -e", () => {
  const asked = askedWord(["ЕС", "Евросоюз"], ["ес"]);
  assert.ok(asked("ЕС"));
  assert.ok(asked("ЕС,"));
  assert.ok(asked("Евросоюзе"));
  assert.not.ok(asked("если"));
  assert.not.ok(asked("есть"));
  assert.not.ok(askedWord(["ИИ"], ["ии"])("и"));
  assert.ok(askedWord(["ИИ"], ["ии"])("ИИ-агенты"));
  assert.not.ok(askedWord(["EU"], ["eu"])("-e"));
  assert.not.ok(resultsShowWords(excerpts("будет, <mark>если</mark> в заголовке"), ["ЕС"], ["ес"]));
});

test("another short word takes an ending of up to two letters: «код», «кода», «кодом», not «кодекс»", () => {
  const asked = askedWord(["код"], []);
  assert.ok(asked("кода."));
  assert.ok(asked("кодом"));
  assert.not.ok(asked("кодекс"));
});

test.run();
