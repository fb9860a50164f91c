import { test } from "uvu";
import * as assert from "uvu/assert";
import { slugPattern, toSlug } from "../../../src/content/slugs.ts";

test("Cyrillic is transliterated into readable Latin", () => {
  assert.is(toSlug("AI для кодинга"), "ai-dlya-kodinga");
  assert.is(toSlug("Новости ИИ"), "novosti-ii");
  assert.is(toSlug("Щука и объём"), "schuka-i-obyom");
});

test("punctuation and case collapse into single hyphens", () => {
  assert.is(toSlug("  ChatGPT Pro: что нового?! "), "chatgpt-pro-chto-novogo");
  assert.is(toSlug("CI/CD"), "ci-cd");
});

test("every produced slug is a valid file-name slug", () => {
  for (const title of ["Компактная модель для кода", "EU AI Act — 2026", "Ёлка", "C++ и Rust"]) {
    assert.ok(slugPattern.test(toSlug(title)), toSlug(title));
  }
});

test.run();
