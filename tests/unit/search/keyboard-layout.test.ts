// A query typed in the wrong keyboard layout, read back as the keys the reader meant.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { switchLayout } from "../../../src/search/shared/keyboard-layout.ts";

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

test.run();
