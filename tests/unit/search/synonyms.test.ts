// Synonyms from _data/synonyms.json: a query becomes its variants, and a broken file is reported to the editor.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { queryVariants } from "../../../src/search/shared/synonyms.ts";
import { languageSynonyms } from "../../../src/search/synonyms-file.ts";

const groups = [
  ["ЕС", "Евросоюз"],
  ["ИИ", "искусственный интеллект"],
  ["AI", "artificial intelligence"],
];

test("an abbreviation in the query also searches with its full form, and the reverse", () => {
  assert.equal(queryVariants("правила ЕС", groups), ["правила ЕС", "правила Евросоюз"]);
  assert.equal(queryVariants("Искусственный интеллект в школе", groups), ["Искусственный интеллект в школе", "ИИ в школе"]);
  assert.equal(queryVariants("ai", groups), ["ai", "artificial intelligence"]);
});

test("a synonym matches whole words only: «ЕСТЬ» is not «ЕС», «said» is not «AI»", () => {
  assert.equal(queryVariants("есть", groups), ["есть"]);
  assert.equal(queryVariants("said", groups), ["said"]);
});

test("a synonym is found in any letter case, beside punctuation, and past a word that only starts with it", () => {
  assert.equal(queryVariants("правила (ес) и ИИ", groups), [
    "правила (ес) и ИИ",
    "правила (Евросоюз) и ИИ",
    "правила (ес) и искусственный интеллект",
  ]);
  assert.equal(queryVariants("есть ЕС", groups), ["есть ЕС", "есть Евросоюз"]);
  assert.equal(queryVariants("ЕСТЬ", groups), ["ЕСТЬ"]);
});

test("a query without synonyms is searched as typed", () => {
  assert.equal(queryVariants("модели", groups), ["модели"]);
});

test("the editor's file: one language's groups, none for a language without any", () => {
  const data = { ru: [["ЕС", "Евросоюз"]] };
  assert.equal(languageSynonyms(data, "ru"), [["ЕС", "Евросоюз"]]);
  assert.equal(languageSynonyms(data, "en"), []);
  assert.equal(languageSynonyms(undefined, "en"), []);
});

test("a broken group is reported with the file, the position and what was found", () => {
  assert.throws(
    () => languageSynonyms({ ru: [["ЕС"]] }, "ru"),
    /_data\/synonyms\.json: ru\[0\]: expected a list of at least two non-empty words, found a list/,
  );
  assert.throws(() => languageSynonyms({ ru: "ЕС" }, "ru"), /_data\/synonyms\.json: ru: expected a list of groups/);
});

test.run();
