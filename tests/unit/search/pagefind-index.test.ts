// The search index writer with the real Pagefind binary: one index per language, swapped in whole, no unused files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { closeSearchService, writeSearchIndex } from "../../../src/search/pagefind-index.ts";

const page = (lang: string, text: string, body = true): string =>
  `<!doctype html><html lang="${lang}"><body><header>Меню</header><article${body ? " data-pagefind-body" : ""}><h1>${text}</h1><p>${text}</p></article></body></html>`;

const index = suite<{ output: string }>("search index writer");

index.before.each((context) => {
  context.output = mkdtempSync(path.join(tmpdir(), "search-index-"));
});
index.after.each((context) => rmSync(context.output, { recursive: true, force: true }));
index.after(() => closeSearchService());

index("pages are split into one index per <html lang>", async ({ output }) => {
  const summary = await writeSearchIndex(
    {
      pages: [
        { url: "/ru/a/", content: page("ru", "модель") },
        { url: "/ru/b/", content: page("ru", "код") },
        { url: "/en/a/", content: page("en", "model") },
      ],
    },
    output,
  );
  assert.equal([summary.pageCount, summary.languages], [3, { en: 1, ru: 2 }]);
  assert.ok(summary.seconds.adding >= 0 && summary.seconds.writing > 0);
  assert.ok(existsSync(path.join(output, "pagefind/pagefind.js")));
});

index("the published bundle leaves out Pagefind's ready-made UIs, which the site does not use", async ({ output }) => {
  await writeSearchIndex({ pages: [{ url: "/en/a/", content: page("en", "model") }] }, output);
  const files = readdirSync(path.join(output, "pagefind"));
  assert.ok(files.includes("pagefind-worker.js"));
  assert.equal(
    files.filter((file) => /ui|highlight/.test(file)),
    [],
  );
});

index("a folder of built pages is indexed from disk, pages without an indexed body left out", async ({ output }) => {
  mkdirSync(path.join(output, "en/a"), { recursive: true });
  writeFileSync(path.join(output, "en/a/index.html"), page("en", "model"));
  writeFileSync(path.join(output, "index.html"), page("en", "home", false));
  const summary = await writeSearchIndex({ directory: output }, output);
  assert.equal([summary.pageCount, summary.languages], [1, { en: 1 }]);
});

index("a new index replaces the old folder whole: no stale file survives", async ({ output }) => {
  mkdirSync(path.join(output, "pagefind/index"), { recursive: true });
  writeFileSync(path.join(output, "pagefind/index/stale.pf_index"), "old");
  await writeSearchIndex({ pages: [{ url: "/ru/a/", content: page("ru", "модель") }] }, output);
  assert.not.ok(existsSync(path.join(output, "pagefind/index/stale.pf_index")));
  assert.equal(readdirSync(output), ["pagefind"]);
});

index("languages indexed one by one, each by its own Pagefind, make the same bundle as one index of all", async ({ output }) => {
  const pages = { "ru/a": page("ru", "модель обучения"), "ru/b": page("ru", "код"), "en/a": page("en", "training model") };
  for (const [folder, html] of Object.entries(pages)) {
    mkdirSync(path.join(output, "site", folder), { recursive: true });
    writeFileSync(path.join(output, "site", folder, "index.html"), html);
  }
  const site = path.join(output, "site");
  await writeSearchIndex({ directory: site, glob: "*/*/index.html" }, path.join(output, "together"));
  const summary = await writeSearchIndex(
    ["ru", "en"].map((lang) => ({ directory: site, glob: `${lang}/*/index.html` })),
    path.join(output, "apart"),
  );
  assert.equal([summary.pageCount, summary.languages], [3, { en: 1, ru: 2 }]);
  const bundle = (name: string): Record<string, string> => {
    const dir = path.join(output, name, "pagefind");
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    return Object.fromEntries(
      files.map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file).toString("base64")];
      }),
    );
  };
  const together = bundle("together");
  assert.ok(Object.keys(together).some((file) => file.startsWith("fragment/")));
  assert.equal(bundle("apart"), together);
  assert.not.ok(existsSync(path.join(output, "apart/pagefind.next.0")), "the parts' folders are removed");
});

index.run();
