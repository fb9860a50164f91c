// Every UI dictionary has every key, and every key is still read somewhere in the code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadLanguages } from "../../../src/content/languages.ts";
import { dictionaryProblems, uiKeys, uiKeysReadIn } from "../../../src/i18n/ui-strings.ts";
import { projectRoot } from "../../helpers/site.ts";

const dataDir = path.join(projectRoot, "_data");

/** The TS/TSX files that render or build pages: where a UI string can be read. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry) && file !== path.join(projectRoot, "src/i18n/ui-strings.ts") ? [file] : [];
  });
}

test("every declared language has a dictionary with every UI key and no unknown key", () => {
  for (const { code } of loadLanguages(dataDir).languages) {
    const file = path.join(dataDir, "i18n", `${code}.json`);
    const problems = dictionaryProblems(file, JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
    assert.equal(problems, [], problems.join("\n"));
  }
});

test("a dictionary missing a key, or holding a key nobody declared, is reported", () => {
  const english = JSON.parse(readFileSync(path.join(dataDir, "i18n/en.json"), "utf8")) as Record<string, string>;
  const { untranslatedTitle: _dropped, ...incomplete } = english;
  const problems = dictionaryProblems("en.json", { ...incomplete, leftOver: "text" });
  assert.equal(problems.length, 2);
  assert.match(problems[0] ?? "", /en\.json: untranslatedTitle: expected a non-empty string/);
  assert.match(problems[1] ?? "", /en\.json: leftOver: expected one of the known UI keys/);
});

test("every UI key is read by a layout, component, page or src module", () => {
  const read = new Set(
    ["_includes", "content", "src", "scripts"]
      .flatMap((dir) => sourceFiles(path.join(projectRoot, dir)))
      .flatMap((file) => [...uiKeysReadIn(readFileSync(file, "utf8"))]),
  );
  const unused = uiKeys.filter((key) => !read.has(key));
  assert.equal(unused, [], `UI keys no code reads (remove them from src/i18n/ui-strings.ts and _data/i18n/*.json): ${unused.join(", ")}`);
});

test('reads are recognised as strings.key, strings?.key and strings["key"], not as other objects\' fields', () => {
  const source = `<h1>{strings.siteName}</h1>{uiStrings?.footer}{strings["backHome"]}{article.tags}{fill(pageStrings.pageOf, {})}`;
  assert.equal([...uiKeysReadIn(source)].sort(), ["backHome", "footer", "pageOf", "siteName"]);
});

test("a quoted key counts as read only in a file that types it as a UiKey", () => {
  const typed = `import type { UiKey } from "../../src/i18n/ui-strings.ts";\nconst titles: Record<Kind, UiKey> = { tag: "tags", home: "navHome" };`;
  assert.equal([...uiKeysReadIn(typed)].sort(), ["navHome", "tags"]);
  assert.equal([...uiKeysReadIn(`if (field === "tags") return "navHome";`)], []);
});

test.run();
