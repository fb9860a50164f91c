// A broken _data file stops the build with one editor line naming the file, what was expected and what was found.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { siteSnapshot } from "../helpers/link-check.ts";
import {
  article,
  buildSite,
  createSite,
  projectFile,
  projectRoot,
  removeSite,
  sampleHero,
  type BuildResult as SiteBuild,
} from "../helpers/site.ts";

type BuildResult = SiteBuild & { untouched: boolean };

const stackTraceLine = /^\s+at .+:\d+:\d+\)?$/m;

// Each data file broken the way a hand edit breaks it, and the one line an editor should see (lines and columns as an
// editor counts them, from 1).
const cases: Array<{ file: string; contents: string; line: string }> = [
  {
    file: "_data/languages.json",
    contents: '{\n  "defaultLanguage": "ru",\n',
    line: "_data/languages.json: file: expected valid JSON, found the end of the file at line 3, column 1",
  },
  {
    file: "_data/categories.json",
    contents: '[\n  { "id": "ai-news", }\n]\n',
    line: '_data/categories.json: file: expected valid JSON, found "}" at line 2, column 22',
  },
  {
    file: "_data/i18n/en.json",
    contents: "",
    line: "_data/i18n/en.json: file: expected valid JSON, found the end of the file at line 1, column 1",
  },
  {
    file: "_data/site.ts",
    contents: readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8").replace(
      /^(\s*)timeZone: .*$/m,
      '$&\n$1websubHub: "pubsubhubbub.appspot.com",',
    ),
    line: `_data/site.ts: websubHub: expected a WebSub hub's absolute http(s) URL such as "https://pubsubhubbub.appspot.com/", or no websubHub, found "pubsubhubbub.appspot.com"\n1 problem in 1 file; nothing was published`,
  },
  {
    file: "_data/synonyms.json",
    contents: '{\n  "ru": [["ИИ", "AI"]],\n}\n',
    line: '_data/synonyms.json: file: expected valid JSON, found "}" at line 3, column 1',
  },
];

const broken = suite<{ results: Map<string, BuildResult> }>("data files that are not valid JSON");

type DataCase = { file: string; contents: string; line: string };

/**
 * One published site, then a build per broken file (restored after it): each must fail with the case's one line and
 * no stack trace, and leave the published site exactly as it was.
 */
function buildEach(checks: ReturnType<typeof suite<{ results: Map<string, BuildResult> }>>, dataCases: DataCase[]): void {
  let root = "";
  let published: Record<string, string> = {};
  checks.before((context) => {
    root = createSite({ files: { [sampleHero]: projectFile(sampleHero), "content/ru/blog/a.md": article({ title: "Статья" }) } });
    const first = buildSite(root);
    assert.is(first.status, 0, first.stdout + first.stderr);
    published = siteSnapshot(path.join(root, "_site"));
    context.results = new Map();
    for (const { file, contents, line } of dataCases) {
      const target = path.join(root, file);
      const original = existsSync(target) ? readFileSync(target) : undefined;
      writeFileSync(target, contents);
      const result = buildSite(root);
      context.results.set(line, { ...result, untouched: isDeepStrictEqual(siteSnapshot(path.join(root, "_site")), published) });
      if (original) writeFileSync(target, original);
      else rmSync(target);
    }
  });
  checks.after(() => removeSite({ root }));
}

function failsWithLine(results: Map<string, BuildResult>, { file, line }: DataCase): string {
  const result = results.get(line);
  if (!result) throw new Error(`no build of ${file}`);
  const output = result.stdout + result.stderr;
  assert.is.not(result.status, 0);
  assert.ok(output.includes(line), output);
  assert.ok(result.untouched, "the published site changed");
  assert.not.match(output, stackTraceLine);
  return output;
}

buildEach(broken, cases);
for (const dataCase of cases) {
  broken(`${dataCase.file}: the build stops with one line and no stack trace`, ({ results }) => {
    assert.not.match(failsWithLine(results, dataCase), /Unexpected end of JSON input|in JSON at position/);
  });
}

const invalid = suite<{ results: Map<string, BuildResult> }>("data files whose contents are wrong");

// Valid JSON of the wrong shape, reported field by field like the categories file always was.
const shapes: DataCase[] = [
  {
    file: "_data/languages.json",
    contents: JSON.stringify({
      defaultLanguage: "ru",
      languages: [
        { code: "ru", name: "Русский", locale: "ru-RU", dir: "ltr", quotes: "«»„“" },
        { code: "en", name: "English", locale: "en-US", dir: "sideways", quotes: "“”‘’" },
      ],
    }),
    line: '_data/languages.json: languages[1].dir: expected "ltr" or "rtl", found "sideways"',
  },
  {
    file: "_data/languages.json",
    contents: JSON.stringify({
      defaultLanguage: "ru",
      languages: [
        { code: "ru", name: "Русский", locale: "ru_RU", dir: "ltr", quotes: "«»„“" },
        { code: "en", name: "English", locale: "xx-YY", dir: "ltr", quotes: "“”‘’" },
      ],
    }),
    // Both the malformed locale (Intl throws "Incorrect locale information provided") and one Intl has no data for.
    line: [
      '_data/languages.json: languages[0].locale: expected a locale this Node\'s Intl formats dates and numbers in, such as ru-RU, found "ru_RU"',
      '_data/languages.json: languages[1].locale: expected a locale this Node\'s Intl formats dates and numbers in, such as ru-RU, found "xx-YY"',
    ].join("\n"),
  },
  {
    file: "_data/site.ts",
    contents: readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8").replace('"Europe/Moscow"', '"Mars/Base"'),
    line: '_data/site.ts: timeZone: expected an IANA time zone such as "Europe/Moscow", found "Mars/Base"\n1 problem in 1 file; nothing was published',
  },
  {
    file: "_data/site.ts",
    contents: readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8").replace(/^(\s*)timeZone: .*$/m, '$&\n$1fileLimit: "20000",'),
    line: `_data/site.ts: fileLimit: expected a positive whole number of files (the host's cap, such as 20000), or no fileLimit, found "20000"\n1 problem in 1 file; nothing was published`,
  },
  {
    file: "_data/site.ts",
    contents: readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8").replace(
      /^(\s*)timeZone: .*$/m,
      '$&\n$1websubHub: "pubsubhubbub.appspot.com",',
    ),
    line: `_data/site.ts: websubHub: expected a WebSub hub's absolute http(s) URL such as "https://pubsubhubbub.appspot.com/", or no websubHub, found "pubsubhubbub.appspot.com"\n1 problem in 1 file; nothing was published`,
  },
  {
    file: "_data/synonyms.json",
    contents: JSON.stringify({ ru: [["ИИ"]] }),
    line: '_data/synonyms.json: ru[0]: expected a list of at least two non-empty words, found a list "["ИИ"]"',
  },
];

buildEach(invalid, shapes);
for (const dataCase of shapes) {
  invalid(`${dataCase.file}: the build names the field, what was expected and what was found`, ({ results }) => {
    failsWithLine(results, dataCase);
  });
}

broken.run();
invalid.run();
