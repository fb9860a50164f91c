// The search index writer with the real Pagefind binary: one index per language, swapped in whole, no unused files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { closeSearchService, writeSearchIndex } from "../../../src/search/pagefind-index.ts";

const page = (lang: string, text: string, body = true): string =>
  `<!doctype html><html lang="${lang}"><body><header>Меню</header><article${body ? " data-pagefind-body" : ""}><h1>${text}</h1><p>${text}</p></article></body></html>`;

// tmpfs lists a folder in the order its entries were made; ext4 in a hash order of the names, the same for both.
const creationOrderFolder = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

/** Every file under `folder` by its relative path, with its bytes (as latin1, to compare). */
function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((found) => found.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), readFileSync(full, "latin1"));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

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

index("the index is the same bytes whatever order the file system lists the pages in", async () => {
  // Directories list their entries in an order of the file system's (creation order in small ext4 folders and in
  // tmpfs, a hash seeded per file system in large ext4 ones): two folders of the same pages written in opposite
  // orders. Pagefind numbers pages in the order it reads them, and every chunk holds page numbers.
  const folder = mkdtempSync(path.join(creationOrderFolder, "search-order-"));
  const urls = Array.from({ length: 12 }, (_, n) => `/${n % 2 ? "en" : "ru"}/blog/page-${String.fromCharCode(97 + n)}/`);
  const builds: Array<Map<string, string>> = [];
  for (const order of [urls, [...urls].reverse()]) {
    const site = path.join(folder, `site-${builds.length}`);
    for (const url of order) {
      mkdirSync(path.join(site, url), { recursive: true });
      const lang = url.slice(1, 3);
      const words = lang === "ru" ? `модель код ${url}` : `model code ${url}`;
      writeFileSync(
        path.join(site, url, "index.html"),
        page(lang, words).replace("<article", `<article data-pagefind-filter="tag:${url.slice(-3, -1)}"`),
      );
    }
    await writeSearchIndex({ directory: site, glob: "*/blog/*/index.html" }, site);
    builds.push(filesOf(path.join(site, "pagefind")));
  }
  rmSync(folder, { recursive: true, force: true });
  assert.equal([...(builds[1]?.keys() ?? [])], [...(builds[0]?.keys() ?? [])]);
  for (const [file, bytes] of builds[0] ?? []) assert.ok(builds[1]?.get(file) === bytes, `${file} differs`);
});

index("a page whose folder name holds glob characters is indexed as itself", async ({ output }) => {
  for (const folder of ["a[1]", "a1", "b{c,d}", "bc", "x(y)!", "w*e?"]) {
    mkdirSync(path.join(output, "en", folder), { recursive: true });
    writeFileSync(path.join(output, "en", folder, "index.html"), page("en", `model ${folder}`));
  }
  const summary = await writeSearchIndex({ directory: output, glob: "en/*/index.html" }, output);
  assert.equal([summary.pageCount, summary.languages], [6, { en: 6 }]);
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

index("a language whose folder holds only pages without an indexed body (untranslated notices) has no index", async ({ output }) => {
  mkdirSync(path.join(output, "ru/a"), { recursive: true });
  mkdirSync(path.join(output, "en/a"), { recursive: true });
  writeFileSync(path.join(output, "ru/a/index.html"), page("ru", "модель"));
  writeFileSync(path.join(output, "en/a/index.html"), page("en", "not yet translated", false));
  const summary = await writeSearchIndex(
    ["ru", "en"].map((lang) => ({ directory: output, glob: `${lang}/*/index.html` })),
    output,
  );
  assert.equal([summary.pageCount, summary.languages], [1, { ru: 1 }]);
});

index.run();
