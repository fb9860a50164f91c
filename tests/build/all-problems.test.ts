// One build reports every problem of every article at once, each on one line and once, ends with a count, and
// publishes nothing: an editor fixes four files' mistakes after one build, not four.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { stackTraceLine } from "../helpers/commands.ts";
import { siteSnapshot } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

/** Russian text as Windows' old Cyrillic code page writes it: А–я are the bytes 0xC0–0xFF. */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((char) => (/[А-я]/.test(char) ? 0xc0 + (char.codePointAt(0) ?? 0) - 0x410 : char.charCodeAt(0))));
}

const broken: Record<string, string | Buffer> = {
  "content/ru/blog/yaml.md": '---\ntitle: "не закрыта\ndescription: Описание\n---\nТекст\n',
  "content/ru/blog/fields.md": article({ title: "", drafts: true, category: "Нет такой" }),
  "content/ru/blog/images.md": article(
    { title: "Картинки" },
    "![](/images/blog/hero-fast-model.webp)\n\n![Счётчик](https://tracker.example/p.gif)\n\n![График](/images/blog/no-such-chart.png)\n",
  ),
  "content/ru/blog/windows.md": cp1251(`---\ntitle: "Новости"\n---\nТекст статьи\n`),
  "content/en/blog/latin.md": Buffer.from('---\ntitle: "Café society"\n---\nA naïve text\n', "latin1"),
  "content/en/blog/orphan.md": article({ author: "Editorial team", title: "Orphan", category: "AI News", translatedFrom: "0123456789ab" }),
};

// Each expected line as a person reads it; the numbers of problems and files are counted from this table.
const expected: Array<[file: string, line: string]> = [
  [
    "content/en/blog/latin.md",
    "encoding: expected UTF-8 text, found bytes that are not UTF-8 (it looks like windows-1252 (cp1252) or latin-1)",
  ],
  ["content/en/blog/orphan.md", "translatedFrom: expected the original article"],
  ["content/ru/blog/fields.md", "drafts: expected one of the article's fields"],
  ["content/ru/blog/fields.md", "title: expected a non-empty title in quotes, found an empty string"],
  ["content/ru/blog/fields.md", "category: expected one of «Новости ИИ»"],
  ["content/ru/blog/images.md", "image /images/blog/hero-fast-model.webp: expected alt text"],
  ["content/ru/blog/images.md", "image https://tracker.example/p.gif: expected a site-absolute path to a file under content/images/"],
  ["content/ru/blog/images.md", "image /images/blog/no-such-chart.png: expected an image file at"],
  ["content/ru/blog/windows.md", "encoding: expected UTF-8 text, found bytes that are not UTF-8 (it looks like windows-1251 (cp1251))"],
  [
    "content/ru/blog/yaml.md",
    "front matter: expected valid YAML, found unexpected end of the stream within a double quoted scalar at line 4",
  ],
];

const all = suite<{ root: string; before: Record<string, string>; result: BuildResult }>("every problem in one build");

all.before((context) => {
  context.root = createSite({
    files: { "content/ru/blog/good.md": article({ title: "Хорошая статья" }), [sampleHero]: projectFile(sampleHero) },
  });
  const first = buildSite(context.root);
  assert.is(first.status, 0, first.stdout + first.stderr);
  context.before = siteSnapshot(path.join(context.root, "_site"));
  context.result = createAndBuild(context.root);
});
all.after((context) => removeSite({ root: context.root }));

/** The broken files go into the site that was built once, so "nothing was published" is checked against it. */
function createAndBuild(root: string): BuildResult {
  for (const [file, contents] of Object.entries(broken)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return buildSite(root);
}

const lines = (result: BuildResult): string[] => (result.stdout + result.stderr).split("\n").filter((line) => line.trim() !== "");

all("the build fails, without a stack trace, and the published site is as it was", ({ root, before, result }) => {
  assert.is.not(result.status, 0);
  assert.not.match(result.stdout + result.stderr, stackTraceLine);
  assert.equal(siteSnapshot(path.join(root, "_site")), before);
});

for (const [file, line] of expected) {
  all(`${file}: ${line.split(":")[0]} is reported once, on one line`, ({ result }) => {
    const found = lines(result).filter((text) => text.startsWith(`${file}: ${line}`));
    assert.is(found.length, 1, `expected one line "${file}: ${line}…", found ${found.length} in:\n${result.stderr}`);
  });
}

all("no line but the problems and the count: none of Eleventy's wrapper lines", ({ result }) => {
  const others = lines(result).filter((text) => !expected.some(([file]) => text.startsWith(`${file}: `)));
  const files = new Set(expected.map(([file]) => file)).size;
  assert.equal(others, [`${expected.length} problems in ${files} files; nothing was published`]);
});

all.run();
