// The file count a host sees: npm run build says how many files it published, and warns (still publishing) when that
// is more than the fileLimit _data/site.ts names.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteFiles } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, projectRoot, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const count = suite<{ root: string; unlimited: BuildResult; files: number }>("the published file count");

const siteSettings = readFileSync(path.join(projectRoot, "_data/site.ts"), "utf8");
/** The project's _data/site.ts with `fileLimit: limit` added. */
function withLimit(limit: number): string {
  const settings = siteSettings.replace(/^(\s*)timeZone: .*$/m, (line, indent) => `${line}\n${indent}fileLimit: ${limit},`);
  assert.is.not(settings, siteSettings, "no timeZone line to add fileLimit after");
  return settings;
}

const published = (result: BuildResult): string | undefined =>
  /^\[publish\] Published ([\d,]+) files to _site\/$/m.exec(result.stdout)?.[1];
const warnings = (result: BuildResult): string[] =>
  (result.stdout + result.stderr).split("\n").filter((line) => line.includes("fileLimit"));

count.before((context) => {
  context.root = createSite({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "content/ru/blog/first.md": article({ title: "Первая статья" }),
      "content/en/blog/first.md": article({ author: "Editorial team", title: "First article", category: "AI News" }),
    },
  });
  context.unlimited = buildSite(context.root);
  assert.is(context.unlimited.status, 0, context.unlimited.stderr);
  // Counted here by walking _site, not by the build's own code.
  context.files = siteFiles(path.join(context.root, "_site")).length;
});
count.after(({ root }) => removeSite({ root }));

count("the build's count line is the number of files in _site, and without a limit there is no warning", ({ unlimited, files }) => {
  assert.ok(files > 20, String(files));
  assert.is(published(unlimited), files.toLocaleString("en-US"), unlimited.stdout);
  assert.equal(warnings(unlimited), []);
});

count("more files than fileLimit: one warning naming both, and the site is still published", ({ root, files }) => {
  writeFileSync(path.join(root, "_data/site.ts"), withLimit(files - 1));
  const result = buildSite(root);
  assert.is(result.status, 0, result.stderr);
  assert.is(published(result), String(files));
  const lines = warnings(result);
  assert.is(lines.length, 1, lines.join("\n"));
  assert.ok(lines[0]?.includes(`${files} files published, more than fileLimit ${files - 1} (_data/site.ts)`), lines[0]);
  assert.match(lines[0] ?? "", /publish fewer files or set fileLimit to the host's real cap/);
  assert.match(result.stderr, "[publish] Warning:");
  assert.is(siteFiles(path.join(root, "_site")).length, files);
});

count("exactly fileLimit files: no warning", ({ root, files }) => {
  writeFileSync(path.join(root, "_data/site.ts"), withLimit(files));
  const result = buildSite(root);
  assert.is(result.status, 0, result.stderr);
  assert.is(published(result), String(files));
  assert.equal(warnings(result), []);
});

count.run();
