// npm run i18n on a copy of the site's content: a changed source body shows its translation as stale.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runScript, stackTraceLine, tempSite } from "../helpers/commands.ts";

interface JsonReport {
  articles: Array<{ slug: string; fingerprint: string; languages: Record<string, { state: string; translatedFrom?: string }> }>;
  failures: number;
}

const root = tempSite(["ru", "en"]);
const status = (...args: string[]) => runScript("i18n-status.ts", ["--content", path.join(root, "content"), ...args], { cwd: root });
const json = (): JsonReport => JSON.parse(status("--json").stdout) as JsonReport;
const english = (report: JsonReport, slug: string) => report.articles.find((article) => article.slug === slug)?.languages.en;

test.after(() => rmSync(root, { recursive: true, force: true }));

test("the sample translations are current and the untranslated articles are missing", () => {
  const report = json();
  assert.equal(Object.fromEntries(report.articles.map((article) => [article.slug, article.languages.en?.state])), {
    "agents-in-ci": "current",
    "eu-ai-act-deadlines": "missing",
    "fast-code-model": "current",
    "local-models-choosing": "current",
    "local-models-serving": "current",
    "open-weights-benchmarks": "current",
    "prompt-templates": "current",
    "rust-in-ml-tooling": "missing",
  });
  assert.is(status().status, 0, "without --strict the report is information, not failure");
  const strict = status("--strict");
  assert.is(strict.status, 1);
  assert.match(strict.stderr, /2 translation\(s\) missing/);
});

test("changing a source body makes its translation stale; line endings alone do not", () => {
  const before = json();
  const source = path.join(root, "content/ru/blog/fast-code-model.md");
  writeFileSync(source, `${readFileSync(source, "utf8")}\nНовый абзац: модель стала ещё быстрее.\n`);
  const other = path.join(root, "content/ru/blog/prompt-templates.md");
  writeFileSync(other, readFileSync(other, "utf8").replace(/\n/g, "\r\n"));
  const after = json();
  assert.equal(english(after, "fast-code-model"), {
    state: "stale",
    file: "content/en/blog/fast-code-model.md",
    translatedFrom: before.articles.find((a) => a.slug === "fast-code-model")?.fingerprint,
    // The sample's English version says it is a machine translation.
    method: "machine",
  });
  assert.is(english(after, "prompt-templates")?.state, "current");
  const text = status().stdout;
  assert.match(text, /^fast-code-model\s+ru: source\s+en: stale \(machine\)$/m);
  assert.match(text, /content\/en\/blog\/fast-code-model\.md: stale: content\/ru\/blog\/fast-code-model\.md changed/);
});

test("a translation without translatedFrom is reported as unknown", () => {
  const translation = path.join(root, "content/en/blog/agents-in-ci.md");
  writeFileSync(translation, readFileSync(translation, "utf8").replace(/^translatedFrom: .*\n/m, ""));
  assert.is(english(json(), "agents-in-ci")?.state, "unknown");
  assert.match(status().stdout, /^agents-in-ci\s+ru: source\s+en: unknown \(machine-reviewed\)$/m);
});

test("--strict passes when every published article is translated and current (content folder from CONTENT_DIR)", () => {
  const current = tempSite(["ru/blog/open-weights-benchmarks.md", "en/blog/open-weights-benchmarks.md"]);
  const result = runScript("i18n-status.ts", ["--strict"], { cwd: current, env: { CONTENT_DIR: path.join(current, "content") } });
  rmSync(current, { recursive: true, force: true });
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /1 articles: 1 current, 0 stale, 0 unknown, 0 draft, 0 missing translations/);
});

test("an unknown option or broken front matter is one clear line and a non-zero exit", () => {
  const option = status("--stirct");
  assert.is(option.status, 1);
  assert.match(option.stderr, /^npm run i18n: arguments: expected the options listed by --help, found Unknown option '--stirct'/);
  writeFileSync(path.join(root, "content/en/blog/broken.md"), "---\ntitle: [unclosed\n---\nText\n");
  const broken = status();
  assert.is(broken.status, 1);
  assert.match(broken.stderr, /content\/en\/blog\/broken\.md: front matter: expected valid YAML/);
  assert.not.match(broken.stderr + option.stderr, stackTraceLine);
});

test.run();
