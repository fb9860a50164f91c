// npm start shows what npm run build publishes: every page, list and feed the dev server wrote equals the built one.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, startDevServer, type DevServer } from "../helpers/site.ts";

const files: Record<string, string | Buffer> = { [sampleHero]: projectFile(sampleHero) };
// 22 articles: a second home page, a second page of the tag every one of them has, and two articles older than the
// 20 a feed carries.
const russian = (day: number, title = `Статья номер ${day}`, body = "Текст статьи.\n"): string =>
  article({ title, pubDate: `2026-03-${String(day).padStart(2, "0")}`, tags: ["LLM", `Тема ${day % 3}`] }, body);
for (let day = 1; day <= 22; day++) files[`content/ru/blog/statya-${day}.md`] = russian(day);
files["content/en/blog/statya-1.md"] = article({
  title: "Article number one",
  description: "A translated article.",
  pubDate: "2026-03-01",
  category: "AI News",
  tags: ["LLM"],
  author: "Editorial team",
  translatedFrom: "ru",
});

/**
 * Every file of a built site but the search index, which the dev server writes in the background: its folders are
 * left out before the walk, since a background refresh may remove one (pagefind.next.1) while it is being read.
 */
function pagesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("pagefind"))
    .flatMap((entry) =>
      entry.isDirectory()
        ? readdirSync(path.join(folder, entry.name), { recursive: true, withFileTypes: true })
            .filter((inner) => inner.isFile())
            .map((inner) => path.relative(folder, path.join(inner.parentPath, inner.name)))
        : entry.isFile()
          ? [entry.name]
          : [],
    )
    .sort();
}

/** The pages of _site/ that are missing from .dev/ or differ from it, byte for byte. */
function differences(root: string): { missing: string[]; differing: string[] } {
  const site = path.join(root, "_site");
  const dev = path.join(root, ".dev");
  const published = pagesOf(site);
  const written = new Set(pagesOf(dev));
  return {
    missing: published.filter((file) => !written.has(file)),
    differing: published.filter(
      (file) => written.has(file) && !readFileSync(path.join(dev, file)).equals(readFileSync(path.join(site, file))),
    ),
  };
}

const same = suite<{ root: string; server?: DevServer }>("dev server equals build");

same.before((context) => {
  context.root = createSite({ files });
});
same.after(async (context) => {
  await context.server?.stop();
  removeSite({ root: context.root });
});

same("every page the dev server writes is byte for byte the page the build publishes", async (context) => {
  const { root } = context;
  const built = buildSite(root);
  assert.is(built.status, 0, built.stdout + built.stderr);
  const server = await startDevServer(root, 120_000);
  context.server = server;
  const published = pagesOf(path.join(root, "_site"));
  // The lists this test is about are there: a second home page, a tag's second page, a translation.
  for (const page of ["ru/page/2/index.html", "ru/tags/llm/page/2/index.html", "en/blog/statya-1/index.html", "ru/feed.xml"]) {
    assert.ok(published.includes(page), `the build wrote no ${page}`);
  }
  assert.equal(pagesOf(path.join(root, ".dev")), published);
  assert.equal(differences(root), { missing: [], differing: [] }, "pages that differ between npm start and npm run build");
  // What the server sends is the file, with only Eleventy's reload script added.
  const served = await (await fetch(`${server.url}/ru/tags/llm/page/2/`)).text();
  const file = readFileSync(path.join(root, "_site/ru/tags/llm/page/2/index.html"), "utf8");
  assert.is(served.replace(/<script type="module" src="\/\.11ty\/reload-client\.js"><\/script>/, ""), file);
});

same(
  "after body saves (written at once, without a rebuild) and a title save, the dev server still equals a fresh build",
  async (context) => {
    const { root, server } = context;
    if (!server) throw new Error("the first test did not start the dev server");
    /** Saves a file and waits for what it wrote; returns what the server printed meanwhile. */
    const save = async (file: string, contents: string): Promise<string> => {
      const mark = server.output().length;
      writeFileSync(path.join(root, file), contents);
      await server.waitUntil(() => /Wrote \d+ files?/.test(server.output().slice(mark)), `a rebuild after saving ${file}`);
      return server.output().slice(mark);
    };
    // statya-1 is in no feed; statya-22 leads the Russian feeds; the English article is the only one of its feeds.
    const quiet = await save("content/ru/blog/statya-1.md", russian(1, "Статья номер 1", "Текст, дополненный после выхода.\n"));
    assert.match(quiet, "content/ru/blog/statya-1.md: front matter unchanged, so its page: Wrote 1 file");
    assert.not.match(quiet, "File changed"); // no Eleventy rebuild
    const inFeeds = await save("content/ru/blog/statya-22.md", russian(22, "Статья номер 22", "Главная новость, переписанная.\n"));
    // Its page and the three Russian feeds (Atom, RSS, JSON); the English feeds do not carry it and keep their files.
    assert.match(inFeeds, "content/ru/blog/statya-22.md: front matter unchanged, so its page and the feeds that carry it: Wrote 4 files");
    const english = readFileSync(path.join(root, "content/en/blog/statya-1.md"), "utf8");
    await save("content/en/blog/statya-1.md", `${english}\nA sentence added by the translator.\n`);
    // A new title is shown by lists and neighbours: Eleventy's rebuild, which must keep the bodies saved above.
    const titled = await save("content/ru/blog/statya-5.md", russian(5, "Статья номер 5, с новым заголовком"));
    assert.match(titled, "File changed");
    const page = readFileSync(path.join(root, ".dev/ru/blog/statya-22/index.html"), "utf8");
    assert.match(page, "Главная новость, переписанная.");
    assert.match(readFileSync(path.join(root, ".dev/ru/feed.xml"), "utf8"), "Главная новость, переписанная.");
    const built = buildSite(root);
    assert.is(built.status, 0, built.stdout + built.stderr);
    assert.equal(differences(root), { missing: [], differing: [] });
  },
);

same.run();
