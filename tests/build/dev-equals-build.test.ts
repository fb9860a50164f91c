// npm start shows what npm run build publishes: every page, list and feed the dev server wrote equals the built one.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, startDevServer } from "../helpers/site.ts";

const files: Record<string, string | Buffer> = { [sampleHero]: projectFile(sampleHero) };
// Twelve articles: a second home page and a second page of the tag every one of them has.
for (let day = 1; day <= 12; day++) {
  const date = `2026-03-${String(day).padStart(2, "0")}`;
  files[`content/ru/blog/statya-${day}.md`] = article({ title: `Статья номер ${day}`, pubDate: date, tags: ["LLM", `Тема ${day % 3}`] });
}
files["content/en/blog/statya-1.md"] = article({
  title: "Article number one",
  description: "A translated article.",
  pubDate: "2026-03-01",
  category: "AI News",
  tags: ["LLM"],
  author: "Editors",
  translatedFrom: "ru",
});

/** Every file of a built site but the search index, which the dev server writes in the background. */
function pagesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("pagefind"))
    .sort();
}

const same = suite<{ root: string }>("dev server equals build");

same.before((context) => {
  context.root = createSite({ files });
});
same.after((context) => removeSite({ root: context.root }));

same("every page the dev server writes is byte for byte the page the build publishes", async ({ root }) => {
  const built = buildSite(root);
  assert.is(built.status, 0, built.stdout + built.stderr);
  const server = await startDevServer(root, 120_000);
  try {
    const site = path.join(root, "_site");
    const dev = path.join(root, ".dev");
    const published = pagesOf(site);
    // The lists this test is about are there: a second home page, a tag's second page, a translation.
    for (const page of ["ru/page/2/index.html", "ru/tags/llm/page/2/index.html", "en/blog/statya-1/index.html", "ru/feed.xml"]) {
      assert.ok(published.includes(page), `the build wrote no ${page}`);
    }
    assert.equal(pagesOf(dev), published);
    const differing = published.filter((file) => !readFileSync(path.join(dev, file)).equals(readFileSync(path.join(site, file))));
    assert.equal(differing, [], `pages that differ between npm start and npm run build: ${differing.join(", ")}`);
    // What the server sends is the file, with only Eleventy's reload script added.
    const served = await (await fetch(`${server.url}/ru/tags/llm/page/2/`)).text();
    const file = readFileSync(path.join(site, "ru/tags/llm/page/2/index.html"), "utf8");
    assert.is(served.replace(/<script type="module" src="\/\.11ty\/reload-client\.js"><\/script>/, ""), file);
  } finally {
    await server.stop();
  }
});

same.run();
