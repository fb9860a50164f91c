// The pages a glob names in a built site: matched by name part, listed in path order whatever order they were written in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pageFiles } from "../../../src/search/page-files.ts";

const files = suite<{ site: string }>("page files");

files.before.each((context) => {
  context.site = mkdtempSync(path.join(tmpdir(), "page-files-"));
  // Written out of order, with near misses beside the pages.
  for (const file of [
    "ru/blog/b/index.html",
    "en/blog/z/index.html",
    "ru/blog/a/index.html",
    "ru/blog/a/other.html",
    "ru/tags/x/index.html",
    "index.html",
    "ru/blog/index.html",
  ]) {
    mkdirSync(path.dirname(path.join(context.site, file)), { recursive: true });
    writeFileSync(path.join(context.site, file), "<html></html>");
  }
  mkdirSync(path.join(context.site, "en/blog/empty"), { recursive: true });
});
files.after.each((context) => rmSync(context.site, { recursive: true, force: true }));

files("* stands for one name: only article pages, sorted by path", ({ site }) => {
  assert.equal(pageFiles(site, "*/blog/*/index.html"), ["en/blog/z/index.html", "ru/blog/a/index.html", "ru/blog/b/index.html"]);
});

files("** stands for any number of folders, none included", ({ site }) => {
  assert.equal(pageFiles(site, "**/index.html"), [
    "en/blog/z/index.html",
    "index.html",
    "ru/blog/a/index.html",
    "ru/blog/b/index.html",
    "ru/blog/index.html",
    "ru/tags/x/index.html",
  ]);
  assert.equal(pageFiles(site, "ru/**/o*.html"), ["ru/blog/a/other.html"]);
});

files("a dot or bracket in a glob is a character, not a pattern", ({ site }) => {
  writeFileSync(path.join(site, "indexXhtml"), "");
  assert.equal(pageFiles(site, "index.html"), ["index.html"]);
  assert.equal(pageFiles(site, "[a-z]*"), []);
});

files.run();
