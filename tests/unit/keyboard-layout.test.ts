// A query typed in the wrong keyboard layout, read back as the keys the reader meant.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { excerptsShowGuess, switchLayout } from "../../lib/keyboard-layout.ts";

test("a Russian word typed in the Latin layout: «ntcns» is «тесты»", () => {
  assert.is(switchLayout("ntcns"), "тесты");
  assert.is(switchLayout("vjltkb"), "модели");
  assert.is(switchLayout("Ntcns"), "Тесты");
});

test("letters on the punctuation keys come back too: «;ehyfk» is «журнал», «,jn» is «бот»", () => {
  assert.is(switchLayout(";ehyfk"), "журнал");
  assert.is(switchLayout(",jn"), "бот");
  assert.is(switchLayout("'nj"), "это");
});

test("an English word typed in the Russian layout: «ьщвуд» is «model»", () => {
  assert.is(switchLayout("ьщвуд"), "model");
  assert.is(switchLayout("Ьщвуд ЫЕ"), "Model ST");
});

test("a Russian word with letters on punctuation keys is not an English word in disguise: «жирафы» stays", () => {
  assert.is(switchLayout("жирафы"), undefined);
  assert.is(switchLayout("объём"), undefined);
});

test("spaces and digits stay where they are", () => {
  assert.is(switchLayout("ntcns 2026"), "тесты 2026");
});

test("a query mixing alphabets, or without letters, is not switched", () => {
  assert.is(switchLayout("Rust модели"), undefined);
  assert.is(switchLayout("2026"), undefined);
  assert.is(switchLayout(""), undefined);
});


test("a guess counts when the results highlight its words in another form: «тесты» in «…тестами…»", () => {
  assert.ok(excerptsShowGuess(["проверка <mark>тестами</mark> и без", "ещё текст"], ["тесты"]));
  assert.ok(excerptsShowGuess(["the <mark>Models</mark> behind it"], ["model"]));
  assert.ok(excerptsShowGuess(["<mark>ИИ-агенты</mark> в CI"], ["ии"]));
});

test("a junk guess that Pagefind matched by a one-letter prefix does not count: «купгдфещт» highlighting «к»", () => {
  assert.not.ok(excerptsShowGuess(["почему команды возвращаются <mark>к</mark> старым шаблонизаторам"], ["купгдфещт"]));
  assert.not.ok(excerptsShowGuess(["<mark>и</mark> ещё", "<mark>ИИ-агенты</mark>"], ["йцукенгшщз"]));
  assert.not.ok(excerptsShowGuess(["no highlight at all"], ["тесты"]));
});

test("a guess counts through any of its synonyms: «ии» found as «искусственный интеллект»", () => {
  assert.ok(excerptsShowGuess(["закон об <mark>искусственном</mark> интеллекте"], ["ии", "искусственный интеллект"]));
});

test.run();
