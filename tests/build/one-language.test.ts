// npm run build -- --lang <code> builds one language; npm run combine joins one such build per language into the very
// site a full build publishes, search index included.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteSnapshot } from "../helpers/link-check.ts";
import { eleventyCommand } from "../helpers/site-folder.ts";
import { article, createSite, projectFile, projectRoot, removeSite, sampleHero } from "../helpers/site.ts";

const files: Record<string, string | Buffer> = {
  [sampleHero]: projectFile(sampleHero),
  "content/images/blog/hero-eu-ai-act.jpg": projectFile("content/images/blog/hero-eu-ai-act.jpg"),
  // Translated, so both builds publish its shared images and name each other in hreflang links; the first part of a
  // series in both languages, so both builds write the series pages and their indexes.
  "content/ru/blog/obshchaya.md": article({
    title: "Общая статья",
    pubDate: "2026-03-02",
    tags: ["LLM"],
    series: "Общая серия",
    seriesPart: 1,
  }),
  "content/en/blog/obshchaya.md": article({
    title: "Shared article",
    description: "In both languages.",
    category: "AI News",
    tags: ["LLM"],
    author: "Editorial team",
    pubDate: "2026-03-02",
    translatedFrom: "ru",
    series: "Shared series",
    seriesPart: 1,
  }),
  // Russian only: the English build writes its "not yet translated" notice.
  "content/ru/blog/tolko-russkaya.md": article({
    title: "Только по-русски",
    pubDate: "2026-03-03",
    heroImage: "/images/blog/hero-eu-ai-act.jpg",
  }),
};

const output = (result: { stdout: string; stderr: string }): string => result.stdout + result.stderr;

function build(root: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const eleventy = eleventyCommand(args);
  return spawnSync(eleventy.command, eleventy.args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...eleventy.env },
    timeout: 300_000,
  });
}

const oneLanguage = suite<{ root: string; scratch: string }>("one language per build");

oneLanguage.before((context) => {
  context.root = createSite({ files });
  context.scratch = mkdtempSync(path.join(tmpdir(), "one-language-"));
});
oneLanguage.after((context) => {
  removeSite({ root: context.root });
  rmSync(context.scratch, { recursive: true, force: true });
});

oneLanguage("a ru build and an en build, combined, are the full build byte for byte, search index included", ({ root, scratch }) => {
  const full = build(root);
  assert.is(full.status, 0, output(full));
  const fullSite = siteSnapshot(path.join(root, "_site"));
  for (const lang of ["ru", "en"]) {
    const one = build(root, ["--lang", lang]);
    assert.is(one.status, 0, output(one));
    cpSync(path.join(root, "_site"), path.join(scratch, lang), { recursive: true });
  }
  const ru = siteSnapshot(path.join(scratch, "ru"));
  assert.ok(ru["/ru/blog/obshchaya/index.html"] && fullSite["/en/blog/obshchaya/index.html"], "the pages compared below exist");
  // The ru build rendered no English article and indexed no English page.
  assert.equal(
    Object.keys(ru).filter((file) => file.startsWith("/en/blog/")),
    [],
  );
  const entry = JSON.parse(readFileSync(path.join(scratch, "ru/pagefind/pagefind-entry.json"), "utf8"));
  assert.equal(Object.keys(entry.languages), ["ru"]);
  // Yet its sitemap and pages know the English pages, as a full build's do.
  assert.is(ru["/sitemap.xml"], fullSite["/sitemap.xml"]);
  assert.is(ru["/ru/blog/obshchaya/index.html"], fullSite["/ru/blog/obshchaya/index.html"]);
  // Every build writes every language's indexes, the series index as the categories index, as a full build does.
  for (const index of ["/en/categories/index.html", "/ru/series/index.html", "/en/series/index.html"]) {
    assert.ok(fullSite[index], `the full build wrote ${index}`);
    assert.is(ru[index], fullSite[index], index);
  }
  assert.match(readFileSync(path.join(scratch, "en/en/series/index.html"), "utf8"), 'href="/en/series/shared-series/"');

  const combined = path.join(scratch, "combined");
  const combine = spawnSync(
    path.join(projectRoot, "node_modules/.bin/tsx"),
    [path.join(projectRoot, "scripts/combine-sites.ts"), combined, path.join(scratch, "ru"), path.join(scratch, "en")],
    { encoding: "utf8" },
  );
  assert.is(combine.status, 0, output(combine));
  assert.ok(fullSite["/en/blog/tolko-russkaya/index.html"], "the full build wrote the English notice");
  assert.equal(siteSnapshot(combined), fullSite);
});

oneLanguage("sites of builds from different content are refused, naming the file that differs", ({ root, scratch }) => {
  const other = path.join(scratch, "other");
  cpSync(path.join(scratch, "en"), other, { recursive: true });
  rmSync(path.join(other, "sitemap.xml"));
  cpSync(path.join(root, "_site/robots.txt"), path.join(other, "sitemap.xml"));
  const combine = spawnSync(
    path.join(projectRoot, "node_modules/.bin/tsx"),
    [path.join(projectRoot, "scripts/combine-sites.ts"), path.join(scratch, "refused"), path.join(scratch, "ru"), other],
    { encoding: "utf8" },
  );
  assert.is(combine.status, 1, output(combine));
  assert.match(combine.stderr, /^combine: sitemap\.xml: expected the same bytes from every build, found different files in /);
});

oneLanguage("--lang of an undeclared language is one line, and nothing is published", ({ root }) => {
  const before = siteSnapshot(path.join(root, "_site"));
  const result = build(root, ["--lang", "de"]);
  assert.is.not(result.status, 0);
  assert.match(output(result), /--lang: expected a language declared in _data\/languages\.json \(ru, en\), found "de"/);
  assert.equal(siteSnapshot(path.join(root, "_site")), before);
});

oneLanguage.run();
