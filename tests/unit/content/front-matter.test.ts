// The front matter splitter of the tools and the dev server, and its agreement with the reader Eleventy builds with.
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { frontMatterData, frontMatterEngines, parseFrontMatter, splitFrontMatter } from "../../../src/content/front-matter.ts";
import { projectRoot } from "../../helpers/site-folder.ts";

interface GrayMatterFile {
  data: Record<string, unknown>;
  content: string;
  matter: string;
  isEmpty: boolean;
}
type GrayMatter = (input: string, options: object) => GrayMatterFile;

// The gray-matter Eleventy's TemplateContent.js imports (its own @11ty/gray-matter), not the project's devDependency.
const eleventyRequire = createRequire(path.join(projectRoot, "node_modules/@11ty/eleventy/src/TemplateContent.js"));
const eleventyMatter = eleventyRequire("gray-matter") as GrayMatter;

const frontMatter = 'title: "Модель"\npubDate: 2026-02-27';

test("the front matter is the lines between the first two --- lines, the body what follows", () => {
  assert.equal(splitFrontMatter(`---\n${frontMatter}\n---\nТекст.\n`), { language: "", yaml: `${frontMatter}\n`, body: "Текст.\n" });
  const windowsLines = frontMatter.replace("\n", "\r\n");
  assert.equal(splitFrontMatter(`---\r\n${windowsLines}\r\n---\r\nТекст.`), { language: "", yaml: `${windowsLines}\r\n`, body: "Текст." });
  assert.is(splitFrontMatter("Текст без front matter."), undefined);
});

// Files an editor's machine may produce, each fed to Eleventy's reader (as src/markdown/plugin.ts configures it) and ours.
const files: Record<string, string> = {
  plain: `---\n${frontMatter}\ntags: ["OpenAI"]\n---\nТекст.\n`,
  BOM: `\uFEFF---\n${frontMatter}\n---\nТекст.\n`,
  CRLF: `---\r\n${frontMatter.replace("\n", "\r\n")}\r\n---\r\nТекст.\r\n`,
  "trailing spaces after the opening ---": `---  \n${frontMatter}\n---\nТекст.\n`,
  "trailing spaces after the closing ---": `---\n${frontMatter}\n--- \t\nТекст.\n`,
  "no front matter": "Текст без front matter.\n",
  "a horizontal rule first, not front matter": "----\nТекст.\n",
  "empty front matter": "---\n---\nТекст.\n",
  "blank and comment lines only": "---\n\n# заметка\n---\nТекст.\n",
  "--- inside the body": `---\n${frontMatter}\n---\nТекст.\n\n---\n\nЕщё: текст.\n---\n`,
  "no closing ---": `---\n${frontMatter}\n`,
  "--- alone": "---",
  "the language named": `---yaml\n${frontMatter}\n---\nТекст.\n`,
  "no blank line before the body": `---\n${frontMatter}\n---Текст.\n`,
};

for (const [name, source] of Object.entries(files)) {
  test(`Eleventy's reader and ours agree: ${name}`, () => {
    const file = `content/ru/blog/${name.replace(/\W+/g, "-")}.md`;
    const eleventy = eleventyMatter(source, { engines: frontMatterEngines, filePath: file });
    const ours = splitFrontMatter(source);
    const eleventyFoundFrontMatter = eleventy.isEmpty || eleventy.matter !== "";
    assert.is(ours !== undefined, eleventyFoundFrontMatter, "whether the file has front matter");
    if (ours === undefined) {
      assert.is(eleventy.content, source.replace(/^\uFEFF/, ""));
      assert.equal(eleventy.data, {});
      return;
    }
    assert.equal(frontMatterData(ours, file), eleventy.data, "the fields");
    assert.is(ours.body, eleventy.content, "the body");
  });
}

test("script front matter is refused by both readers with the same line", () => {
  const source = "---js\nconst title = 1;\n---\nТекст.\n";
  const file = "content/ru/blog/script.md";
  const refusal =
    /content\/ru\/blog\/script\.md: front matter: expected YAML between --- lines, found JavaScript front matter \(---js\), which is not run/;
  assert.throws(() => eleventyMatter(source, { engines: frontMatterEngines, filePath: file }), refusal);
  const split = splitFrontMatter(source);
  if (!split) throw new Error("the ---js block was not found");
  assert.is(split.language, "js");
  assert.throws(() => frontMatterData(split, file), refusal);
});

// Nine levels of ten aliases each: a billion "lol"s once copied, as Eleventy's data cascade copies front matter.
const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, index) => {
    const previous = "abcdefghi"[index];
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(",")}]`;
  }),
].join("\n");

test("YAML aliases of lists and mappings are refused with one line, before anything copies them", () => {
  const refusal =
    "content/ru/blog/bomb.md: front matter: expected plain fields without YAML anchors and aliases (&name, *name), found an alias";
  assert.throws(
    () => parseFrontMatter(billionLaughs, { filePath: "content/ru/blog/bomb.md" }),
    (error: Error) => error.message === refusal,
  );
  assert.throws(
    () => parseFrontMatter("tags: &t [a, b]\nmore: *t\n", { filePath: "content/ru/blog/bomb.md" }),
    (error: Error) => error.message === refusal,
  );
});

test("the same words written twice are not an alias", () => {
  assert.equal(parseFrontMatter('title: "a"\ndescription: "a"\nlist: [x]\nother: [x]\n'), {
    title: "a",
    description: "a",
    list: ["x"],
    other: ["x"],
  });
});

test.run();
