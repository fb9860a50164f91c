// What a dev-server rebuild renders after a save: the article alone while its front matter is unchanged, else everything.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ArticleFrontMatters } from "../../../src/dev/rebuild-scope.ts";
import { devServerFlags, projectRoot } from "../../helpers/site-folder.ts";

const frontMatter = 'title: "Модель"\npubDate: 2026-02-27';

/** A content folder with one Russian article, its front matter as last built recorded. */
function contentFolder() {
  const inputDir = mkdtempSync(path.join(tmpdir(), "rebuild-scope-"));
  mkdirSync(path.join(inputDir, "ru/blog"), { recursive: true });
  const article = path.join(inputDir, "ru/blog/model.md");
  writeFileSync(article, `---\n${frontMatter}\n---\nТекст.\n`);
  const frontMatters = new ArticleFrontMatters(inputDir);
  frontMatters.load();
  return { inputDir, article, frontMatters, done: () => rmSync(inputDir, { recursive: true, force: true }) };
}

test("a body edit concerns the article alone, until the front matter changes", () => {
  const { article, frontMatters, done } = contentFolder();
  writeFileSync(article, `---\n${frontMatter}\n---\nТекст, дополненный редактором.\n`);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "article-body", article });
  writeFileSync(article, `---\n${frontMatter.replace("Модель", "Новая модель")}\n---\nТекст.\n`);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "everything" });
  // The changed front matter is what the next save is compared with.
  writeFileSync(article, `${readFileSync(article, "utf8")}Ещё абзац.\n`);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "article-body", article });
  done();
});

test("a file saved with a BOM or spaces after its --- lines is read as the build reads it: a body edit is the article alone", () => {
  const { article, frontMatters, done } = contentFolder();
  writeFileSync(article, `\uFEFF---  \n${frontMatter}\n--- \nТекст.\n`);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "article-body", article }, "the same front matter as before");
  writeFileSync(article, `\uFEFF---  \n${frontMatter}\n--- \nТекст, дополненный редактором.\n`);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "article-body", article });
  done();
});

test("new and deleted articles, and files that are not articles, concern everything", () => {
  const { inputDir, article, frontMatters, done } = contentFolder();
  const added = path.join(inputDir, "ru/blog/added.md");
  writeFileSync(added, `---\n${frontMatter}\n---\nНовая статья.\n`);
  assert.equal(frontMatters.scopeOfSave(added), { kind: "everything" });
  unlinkSync(article);
  assert.equal(frontMatters.scopeOfSave(article), { kind: "everything" });
  const categories = path.join(inputDir, "categories.json");
  writeFileSync(categories, "[]");
  assert.equal(frontMatters.scopeOfSave(categories), { kind: "everything" });
  done();
});

test("an article without front matter is never taken for a body edit", () => {
  const { article, frontMatters, done } = contentFolder();
  writeFileSync(article, "Только текст.\n");
  assert.equal(frontMatters.scopeOfSave(article), { kind: "everything" });
  writeFileSync(article, "Только текст, дополненный.\n");
  assert.equal(frontMatters.scopeOfSave(article), { kind: "everything" });
  done();
});

test("npm start runs the dev server with the flags the tests and the bench use", () => {
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
  assert.ok(packageJson.scripts.start.endsWith(` ${devServerFlags.join(" ")}`), packageJson.scripts.start);
});

test.run();
