// A production build's pages in memory: at most a few rendered at once, and their bytes let go once written.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { collectGarbageEvery, PageSlots, WrittenPages } from "../../../src/publish/page-bytes.ts";

const folder = mkdtempSync(path.join(tmpdir(), "page-bytes-"));
const page = `<!DOCTYPE html><html lang="ru"><p>${"Новости о моделях. ".repeat(500)}</p></html>`;

test("a page's bytes are let go only once its file is written in full", () => {
  const file = path.join(folder, "article.html");
  const written = new WrittenPages();
  const bytes = written.hold(page, file);
  assert.is(bytes.toString(), page, "Eleventy gets the page as UTF-8");
  assert.is(written.release(), 1, "no file yet: kept");
  writeFileSync(file, bytes.subarray(0, 100));
  assert.is(written.release(), 1, "a partly written file: kept");
  writeFileSync(file, bytes);
  assert.is(written.release(), 0);
  assert.is(bytes.length, 0, "the buffer Eleventy still holds is empty");
});

test("a small page shares Node's buffer pool, so its bytes are never detached", () => {
  const file = path.join(folder, "small.html");
  const written = new WrittenPages();
  const bytes = written.hold("<p>Коротко</p>", file);
  writeFileSync(file, bytes);
  assert.is(written.release(), 0);
  assert.is(bytes.toString(), "<p>Коротко</p>");
});

test("no more pages than the limit are rendered at once; a page with two layouts takes one slot", async () => {
  const slots = new PageSlots(2);
  const entered: string[] = [];
  const enter = (name: string) => slots.enter(name).then(() => void entered.push(name));
  await Promise.all([enter("a"), enter("a"), enter("b")]);
  const third = enter("c");
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(entered, ["a", "a", "b"], "c waits");
  slots.leave("zzz"); // a page that never entered frees nothing
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(entered, ["a", "a", "b"]);
  slots.leave("a");
  await third;
  assert.equal(entered, ["a", "a", "b", "c"]);
});

test("garbage is collected once the heap has grown by the step, not before", () => {
  const step = 16 * 2 ** 20;
  const collect = collectGarbageEvery(step);
  collect();
  const small = Array.from({ length: 1000 }, (_, index) => ({ page: index }));
  collect(); // grown by far less than the step: nothing to do, and nothing is lost
  assert.is(small.length, 1000);
  let pages: Array<{ page: number; url: string }> | undefined = Array.from({ length: 1_000_000 }, (_, index) => ({
    page: index,
    url: `/ru/blog/${index}/`,
  }));
  const grown = process.memoryUsage().heapUsed;
  assert.is(pages.length, 1_000_000);
  pages = undefined;
  collect();
  assert.ok(process.memoryUsage().heapUsed < grown - step, "the written pages' objects are gone");
});

test.after(() => rmSync(folder, { recursive: true, force: true }));

test.run();
