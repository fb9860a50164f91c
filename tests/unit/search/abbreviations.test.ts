// Which words are abbreviations, on the article's side (the filter values it files) and on the query's.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { abbreviationsIn, queryAbbreviations } from "../../../src/search/shared/abbreviations.ts";

const groups = [
  ["ЕС", "Евросоюз"],
  ["ИИ", "искусственный интеллект"],
];

test("an article's abbreviations are its words in capitals of two to five characters, in lower case, each once", () => {
  assert.equal(abbreviationsIn("ИИ-агенты в CI, правила ЕС и снова ИИ; GPT4 и LLM"), ["ci", "gpt4", "llm", "ес", "ии"]);
  assert.equal(abbreviationsIn("Если в 2026 году «И» и A/B не аббревиатуры, то и Python тоже, и SCALABLE"), []);
});

test("a query's abbreviations are typed in capitals or known from the synonym groups, whatever the case typed", () => {
  assert.equal(queryAbbreviations("ии в школе", groups), ["ии"]);
  assert.equal(queryAbbreviations("правила ЕС", groups), ["ес"]);
  assert.equal(queryAbbreviations("API и CI", groups), ["api", "ci"]);
  assert.equal(queryAbbreviations("если код", groups), []);
});

test.run();
