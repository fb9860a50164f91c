// Typos: a word of five or more letters one edit from a known word is corrected towards it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  articleVocabulary,
  correctableWords,
  correctQuery,
  oneEditApart,
  vocabularyPartNames,
  vocabularyParts,
} from "../../../src/search/shared/vocabulary.ts";
import { vocabularyFiles } from "../../../src/search/vocabulary-files.ts";

const vocabulary = articleVocabulary([
  {
    title: "Квантовые вычисления для всех",
    description: "Teachers grade essays",
    tags: ["Chatbots"],
    category: "Разбор",
    author: ["Редакция"],
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

/** Every word one edit from `word` over the letters given: each deletion, substitution and insertion. */
function oneEditFrom(word: string, letters: string[]): string[] {
  const chars = [...word];
  const edits: string[] = [];
  for (let at = 0; at <= chars.length; at++) {
    const before = chars.slice(0, at).join("");
    if (at < chars.length) edits.push(before + chars.slice(at + 1).join(""));
    for (const letter of letters) {
      edits.push(before + letter + chars.slice(at).join(""));
      if (at < chars.length) edits.push(before + letter + chars.slice(at + 1).join(""));
    }
  }
  return edits;
}

test("the two parts a query word needs correct it exactly as the whole list does, for every one-edit typo", () => {
  const whole = articleVocabulary([
    {
      title: "Квантовые вычисления для всех и каждого",
      description: "Teachers grade essays again",
      tags: ["Chatbots", "Агенты"],
      category: "Разбор",
      author: ["Редакция"],
    },
    {
      title: "Квантовая вычислительная машина",
      description: "Teaching graders",
      tags: ["Chatbot"],
      category: "Обзор",
      author: ["Анна Смирнова"],
    },
  ]);
  const parts = vocabularyParts(whole);
  const published = vocabularyFiles(whole);
  // A word is in one part per end; the parts hold nothing else.
  assert.is([...parts.values()].flat().length, whole.length * 2);
  const letters = [...new Set([...whole.join("")])];
  let typos = 0;
  for (const word of whole) {
    for (const typo of oneEditFrom(word, letters)) {
      const needed = [...new Set(correctableWords(typo).flatMap(vocabularyPartNames))];
      // What the search page fetches: the published file of each part it needs, none for a part with no words.
      const fetched = [...new Set(needed.flatMap((name) => published.files.get(published.parts[name] ?? "") ?? []))].sort();
      assert.is(correctQuery(typo, fetched), correctQuery(typo, whole), typo);
      typos++;
    }
  }
  assert.ok(typos > 10_000, String(typos));
});

test("the published parts: none empty, no two alike, every part with words named to its file", () => {
  // No other word here starts with «м» or ends with «ь» (nor their parts' letters): both parts of «модель» hold it alone.
  const { files, parts } = vocabularyFiles(["модель", "agent"]);
  const contents = [...files.values()].map((words) => JSON.stringify(words));
  assert.is(new Set(contents).size, contents.length);
  assert.ok(contents.every((content) => content !== "[]"));
  const [first, last] = vocabularyPartNames("модель");
  assert.ok(first && last && parts[first] && parts[first] === parts[last], "the two parts of «модель» share one file");
  for (const [name, words] of vocabularyParts(["модель", "agent"])) {
    assert.equal(files.get(parts[name] ?? "") ?? [], words, name);
  }
});

test.run();
