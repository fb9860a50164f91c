// npm start through a working session: a data file or an article saved broken is one line while the last good site
// stays served, the fix shows without a restart, and a deleted or renamed article leaves every page, list and feed.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, createSite, projectFile, removeSite, sampleHero, startDevServer, type DevServer } from "../helpers/site.ts";

const session = suite<{ root: string; server: DevServer }>("a dev-server session");

session.before(async (context) => {
  context.root = createSite({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "content/ru/blog/first.md": article({ title: "Первая статья" }),
      "content/ru/blog/second.md": article({ title: "Вторая статья" }),
    },
  });
  context.server = await startDevServer(context.root);
});
session.after(async (context) => {
  await context.server.stop();
  removeSite({ root: context.root });
});

async function get(server: DevServer, url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(server.url + url);
  return { status: response.status, text: await response.text() };
}

/** Polls until `check` holds: a rebuild takes its time, and no test here asserts how long. */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (await check()) return;
  }
  throw new Error(`never: ${what}`);
}

/** Output printed after `from` (an index into the server's output). */
const since = (server: DevServer, from: number): string => server.output().slice(from);

session("a broken data file is one line, the site stays served, and the fix shows without a restart", async ({ root, server }) => {
  const file = path.join(root, "_data/extra.json");
  let from = server.output().length;
  writeFileSync(file, '{ "note": "не закрыта');
  // The count is printed after the problem's line, perhaps in a later chunk: wait for it, then read both.
  await server.waitFor(/1 problem in 1 file; the dev server still serves the last good build/);
  assert.match(since(server, from), /_data\/extra\.json: file: expected valid JSON/);
  assert.not.match(since(server, from), /^\s+at /m, "no stack trace");
  assert.match((await get(server, "/ru/blog/first/")).text, "Первая статья");
  from = server.output().length;
  writeFileSync(file, '{ "note": "закрыта" }');
  await server.waitFor(/Wrote \d+ files/);
  // Before the fix, every later save failed: "`templateRender` has not yet initialized".
  writeFileSync(path.join(root, "content/ru/blog/first.md"), article({ title: "Первая статья, исправленная" }));
  await eventually("the edited title is served", async () => (await get(server, "/ru/blog/first/")).text.includes("исправленная"));
  assert.not.match(since(server, from), "templateRender");
});

session("a broken dictionary and a broken article are one line each, and the last good pages stay", async ({ root, server }) => {
  const dictionary = path.join(root, "_data/i18n/ru.json");
  const good = readFileSync(dictionary, "utf8");
  const from = server.output().length;
  writeFileSync(dictionary, good.slice(0, 30));
  await server.waitFor(/_data\/i18n\/ru\.json: file: expected valid JSON/);
  writeFileSync(dictionary, good);
  await server.waitFor(/Wrote \d+ files/);
  writeFileSync(path.join(root, "content/ru/blog/second.md"), article({ title: "" }));
  await eventually("the article's problem is printed", async () =>
    since(server, from).includes("content/ru/blog/second.md: title: expected a non-empty title in quotes, found an empty string"),
  );
  assert.match((await get(server, "/ru/blog/second/")).text, "Вторая статья", "the last good page is still served");
  writeFileSync(path.join(root, "content/ru/blog/second.md"), article({ title: "Вторая статья" }));
  await server.waitFor(/Wrote \d+ files/);
});

session("a body saved with a problem is one line, its last good page stays, and the fixed body shows at once", async ({ root, server }) => {
  const file = path.join(root, "content/ru/blog/second.md");
  const from = server.output().length;
  writeFileSync(file, article({ title: "Вторая статья" }, `Текст со схемой.\n\n![](/${sampleHero.replace(/^content\//, "")})\n`));
  await eventually("the missing alt text is printed", async () => since(server, from).includes("content/ru/blog/second.md: "));
  assert.match(since(server, from), /content\/ru\/blog\/second\.md: .*alt/);
  assert.match(since(server, from), "the dev server still serves the last good build");
  assert.not.match((await get(server, "/ru/blog/second/")).text, "Текст со схемой", "the last good page is still served");
  const fixed = server.output().length;
  writeFileSync(
    file,
    article({ title: "Вторая статья" }, `Текст со схемой.\n\n![Схема модели](/${sampleHero.replace(/^content\//, "")})\n`),
  );
  await eventually("the fixed body is served", async () => (await get(server, "/ru/blog/second/")).text.includes("Текст со схемой"));
  assert.match((await get(server, "/ru/blog/second/")).text, 'alt="Схема модели"');
  // After a failed build the next save is a full rebuild (src/dev/recovery.ts), and the one after is written at once.
  writeFileSync(file, article({ title: "Вторая статья" }, "Текст без схемы.\n"));
  await eventually("the next body is served", async () => (await get(server, "/ru/blog/second/")).text.includes("Текст без схемы"));
  assert.match(since(server, fixed), "content/ru/blog/second.md: front matter unchanged, so its page");
});

session("a deleted article leaves its page, the home, the feed and the search index", async ({ root, server }) => {
  rmSync(path.join(root, "content/ru/blog/second.md"));
  await eventually("the deleted article's page is gone", async () => (await get(server, "/ru/blog/second/")).status === 404);
  await eventually("the home no longer lists it", async () => !(await get(server, "/ru/")).text.includes("/ru/blog/second/"));
  assert.not.match((await get(server, "/ru/feed.xml")).text, "/ru/blog/second/");
  await eventually("the search index has one article", async () => {
    const entry = JSON.parse((await get(server, "/pagefind/pagefind-entry.json")).text) as { languages: { ru?: { page_count: number } } };
    return entry.languages.ru?.page_count === 1;
  });
});

session("a renamed article moves: the old address is gone and the new one is listed", async ({ root, server }) => {
  renameSync(path.join(root, "content/ru/blog/first.md"), path.join(root, "content/ru/blog/moved.md"));
  await eventually("the new address is served", async () => (await get(server, "/ru/blog/moved/")).status === 200);
  await eventually("the old address is gone", async () => (await get(server, "/ru/blog/first/")).status === 404);
  await eventually("the home links the new address only", async () => {
    const home = (await get(server, "/ru/")).text;
    return home.includes("/ru/blog/moved/") && !home.includes("/ru/blog/first/");
  });
});

session.run();
