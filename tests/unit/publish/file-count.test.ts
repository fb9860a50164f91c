// The published-files line and the fileLimit check: counts grouped as readers read them, the limit itself allowed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EditorError } from "../../../src/content/editor-error.ts";
import { loadSiteSettings } from "../../../src/content/site-settings.ts";
import { countFiles, fileLimitWarning, publishedLine } from "../../../src/publish/file-count.ts";

test("the count line groups thousands and names the folder", () => {
  assert.is(publishedLine(74_812, "_site"), "[publish] Published 74,812 files to _site/");
  assert.is(publishedLine(1, "_site/"), "[publish] Published 1 file to _site/");
});

test("a warning only above the limit, naming the count, the limit and the setting", () => {
  assert.is(fileLimitWarning(20_000, 20_000, "_data/site.ts"), undefined);
  assert.is(fileLimitWarning(25_000, undefined, "_data/site.ts"), undefined);
  const warning = fileLimitWarning(20_001, 20_000, "_data/site.ts") ?? "";
  assert.match(warning, "20,001 files published, more than fileLimit 20,000 (_data/site.ts)");
});

test("files are counted however deep, folders are not", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "file-count-"));
  try {
    mkdirSync(path.join(dir, "a/b/c"), { recursive: true });
    mkdirSync(path.join(dir, "empty"));
    for (const file of ["index.html", "a/x.css", "a/b/c/y.avif"]) writeFileSync(path.join(dir, file), file);
    assert.is(countFiles(dir), 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("fileLimit must be a positive whole number, or absent", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "site-settings-"));
  try {
    for (const [index, [written, found]] of [
      ['"20000"', 'found "20000"'],
      ["0", "found number 0"],
      ["-5", "found number -5"],
      ["2.5", "found number 2.5"],
      ["Number.POSITIVE_INFINITY", "found number Infinity"],
      ["null", "found an empty value"],
    ].entries()) {
      // A new file each time: an imported module is not imported again.
      const dataDir = path.join(dir, String(index));
      mkdirSync(dataDir);
      writeFileSync(path.join(dataDir, "site.ts"), `export default { timeZone: "Europe/Moscow", fileLimit: ${written} };\n`);
      const error = await loadSiteSettings(dataDir).catch((caught: unknown) => caught);
      assert.instance(error, EditorError, String(written));
      const problems = (error as EditorError).problems;
      assert.is(problems.length, 1);
      assert.match(problems[0] ?? "", /site\.ts: fileLimit: expected a positive whole number of files/);
      assert.ok(problems[0]?.endsWith(found ?? ""), problems[0]);
    }
    const fine = path.join(dir, "fine");
    mkdirSync(fine);
    writeFileSync(path.join(fine, "site.ts"), 'export default { timeZone: "Europe/Moscow", fileLimit: 20000 };\n');
    assert.is((await loadSiteSettings(fine)).fileLimit, 20000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
