// npm start: the search index is built when the dev server starts and refreshed after each rebuild, and search forgives there too.
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as assert from "uvu/assert";
import { browserSuite, launchBrowser, type TestBrowser } from "../helpers/browser.ts";
import { article, createSite, removeSite, startDevServer, type DevServer } from "../helpers/site.ts";
import { resultUrls, settled, status } from "../helpers/search-page.ts";

const dev = browserSuite<{ root: string; server: DevServer; browser: TestBrowser }>("search in the dev server");

dev.before(async (context) => {
  context.root = createSite({ fixture: "search" });
  context.server = await startDevServer(context.root);
  context.browser = await launchBrowser();
});

dev.after(async (context) => {
  await context.browser?.close();
  await context.server?.stop();
  if (context.root) removeSite({ root: context.root });
});

dev("the index is built at start-up, after the server is already watching and serving", async (context) => {
  await context.server.waitFor(/\[search\] Indexed 10 articles/);
  // Eleventy prints "Watching…" once its build, eleventy.after listeners included, is done: indexing did not hold it up.
  const output = context.server.output();
  assert.ok(output.indexOf("Watching") < output.indexOf("[search] Indexed"), output);
  assert.equal((await answer(context, `/ru/search/?q=${encodeURIComponent("модели")}`)).urls, ["/ru/blog/code-translation-model/"]);
});

/** The status line and result URLs of a search page of the dev server, once it has answered. */
async function answer(
  context: { server: DevServer; browser: TestBrowser },
  path: string,
): Promise<{ status: string; urls: string[]; errors: string[] }> {
  const { page, errors } = await context.browser.open(`${context.server.url}${path}`);
  await settled(page);
  const answered = { status: await status(page), urls: await resultUrls(page), errors };
  await page.context().close();
  return answered;
}

dev("synonyms, the other keyboard layout, typos and all languages work from the dev server", async (context) => {
  await context.server.waitFor(/\[search\] Indexed/);
  const synonym = await answer(context, `/ru/search/?q=${encodeURIComponent("ЕС")}`);
  assert.ok(synonym.urls.includes("/ru/blog/eu-rules/"), `ЕС → Евросоюз: ${synonym.urls}`);
  const layout = await answer(context, "/ru/search/?q=ntcns");
  assert.is(layout.urls[0], "/ru/blog/code-translation-model/");
  assert.match(layout.status, /«тесты»/);
  const typo = await answer(context, `/ru/search/?q=${encodeURIComponent("Брюсель")}`);
  assert.is(typo.urls[0], "/ru/blog/eu-rules/");
  assert.match(typo.status, /«брюссель»/);
  const everyLanguage = await answer(context, `/en/search/?q=${encodeURIComponent("утилитами")}&all=1`);
  assert.equal(everyLanguage.urls, ["/ru/blog/rust-tools/"]);
  assert.equal(
    [synonym, layout, typo, everyLanguage].flatMap(({ errors }) => errors),
    [],
  );
});

dev("a new article is found after the rebuild", async (context) => {
  writeFileSync(
    path.join(context.root, "content/ru/blog/meteorite.md"),
    article({ title: "Метеорит над серверной", heroImage: "/images/search/hero.png" }, "Над дата-центром пролетел метеорит."),
  );
  await context.server.waitFor(/\[search\] Indexed 11 articles/);
  assert.equal((await answer(context, `/ru/search/?q=${encodeURIComponent("метеориты")}`)).urls, ["/ru/blog/meteorite/"]);
});

dev.run();
