// npm start: drafts are visible, and a broken article is reported while the last good site keeps being served.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, createSite, projectFile, removeSite, sampleHero, startDevServer, type DevServer } from "../helpers/site.ts";

const dev = suite<{ root: string; server: DevServer }>("dev server");

dev.before(async (context) => {
  context.root = createSite({
    files: {
      "content/ru/blog/published.md": article({ title: "Опубликованная статья" }),
      "content/ru/blog/work-in-progress.md": article({ title: "Черновик в работе", draft: true }),
      [sampleHero]: projectFile(sampleHero),
    },
  });
  context.server = await startDevServer(context.root);
});
dev.after(async (context) => {
  await context.server.stop();
  removeSite({ root: context.root });
});

dev("serves the site on a local port", async ({ server }) => {
  const response = await fetch(`${server.url}/ru/blog/published/`);
  assert.is(response.status, 200);
  assert.match(await response.text(), "Опубликованная статья");
});

dev("shows drafts while editing", async ({ server }) => {
  const response = await fetch(`${server.url}/ru/blog/work-in-progress/`);
  assert.is(response.status, 200);
});

dev("reports a broken article and keeps serving the last good pages", async ({ root, server }) => {
  writeFileSync(path.join(root, "content/ru/blog/published.md"), article({ title: "Опубликованная статья", pubDate: "2026-02-30" }));
  await server.waitFor(/published\.md: pubDate: expected a real calendar date/);
  const response = await fetch(`${server.url}/ru/blog/published/`);
  assert.is(response.status, 200);
  assert.match(await response.text(), "Опубликованная статья");
});

dev("writes its output to .dev/, drafts included, and never touches _site/, which is deployed", ({ root }) => {
  assert.not.ok(existsSync(path.join(root, "_site")), "the dev server wrote _site/");
  assert.match(readFileSync(path.join(root, ".dev/ru/blog/work-in-progress/index.html"), "utf8"), "Черновик в работе");
  const feeds = readdirSync(path.join(root, ".dev/ru")).filter((file) => file.startsWith("feed."));
  assert.ok(feeds.length === 2, feeds.join(", "));
  for (const feed of feeds) assert.match(readFileSync(path.join(root, ".dev/ru", feed), "utf8"), "Черновик в работе");
});

dev.run();

// chokidar 4 says "ready" before its scan of nested folders ends: on a site of 200 articles every save made at once
// after the server opened was lost before the server waited for the scan (src/dev/watch-ready.ts).
const early = suite<{ root: string; server: DevServer }>("a save at once after the server opens");

early.before(async (context) => {
  const articles = Array.from({ length: 200 }, (_, n) => [`content/ru/blog/news-${n}.md`, article({ title: `Новость номер ${n}` })]);
  context.root = createSite({ files: { ...Object.fromEntries(articles), [sampleHero]: projectFile(sampleHero) } });
  context.server = await startDevServer(context.root, 120_000);
});
early.after(async (context) => {
  await context.server.stop();
  removeSite({ root: context.root });
});

early("is rebuilt", async ({ root, server }) => {
  writeFileSync(path.join(root, "content/ru/blog/news-199.md"), article({ title: "Новость номер 199, исправленная" }));
  await server.waitFor(/File changed: .*news-199\.md[\s\S]*Wrote \d+ files/, 60_000);
  const page = await (await fetch(`${server.url}/ru/blog/news-199/`)).text();
  assert.match(page, "Новость номер 199, исправленная");
});

early.run();
