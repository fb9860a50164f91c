// npm start: drafts are visible, and a broken article is reported while the last good site keeps being served.
import { writeFileSync } from "node:fs";
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

dev.run();
