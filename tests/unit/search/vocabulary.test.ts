// Typos: a word of five or more letters one edit from a known word is corrected towards it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleVocabulary, correctQuery, oneEditApart } from "../../../src/search/shared/vocabulary.ts";

const vocabulary = articleVocabulary([
  {
    title: "Квантовые вычисления для всех",
    description: "Teachers grade essays",
    tags: ["Chatbots"],
    category: "Разбор",
    author: "Редакция",
  },
]);

test("the vocabulary is the cards' words, lower case, once each, without the shortest", () => {
  assert.ok(vocabulary.includes("квантовые") && vocabulary.includes("chatbots") && vocabulary.includes("teachers"));
  assert.not.ok(vocabulary.includes("для"));
});

test("one letter wrong, missing or extra is one edit; two, or none, is not", () => {
  assert.ok(oneEditApart("квантавые", "квантовые"));
  assert.ok(oneEditApart("chatbts", "chatbots"));
  assert.ok(oneEditApart("teacherss", "teachers"));
  assert.not.ok(oneEditApart("кванвые", "квантовые"));
  assert.not.ok(oneEditApart("chatbots", "chatbots"));
  assert.not.ok(oneEditApart("chtbts", "chatbots"));
});

test("a misspelt query is corrected word by word; known and short words stay", () => {
  assert.is(correctQuery("квантавые вычисления", vocabulary), "квантовые вычисления");
  assert.is(correctQuery("teachrs", vocabulary), "teachers");
  assert.is(correctQuery("квантовые", vocabulary), undefined);
  assert.is(correctQuery("grde", vocabulary), undefined); // four letters: "grade" is not offered
  assert.is(correctQuery("жирафы", vocabulary), undefined);
});

test.run();
