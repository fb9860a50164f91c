// npm start: saving an article's body re-renders that article (and the feeds carrying it) and leaves the lists as they
// were; saving a new title renders everything that shows it.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, createSite, projectFile, removeSite, sampleHero, startDevServer, type DevServer } from "../helpers/site.ts";

interface Context {
  root: string;
  server: DevServer;
}

const rebuild = suite<Context>("dev-server rebuilds");

// One more article than a feed carries (site.feedSize 20): day 1 is in no feed, day 21 leads both Russian feeds.
const days = Array.from({ length: 21 }, (_, index) => index + 1);
const slugOf = (day: number): string => `day-${day}`;
const fileOf = (day: number): string => `content/ru/blog/${slugOf(day)}.md`;
// No title is the start of another ("номер 2 дня" is not in "номер 21 дня").
const titleOf = (day: number): string => `Новость номер ${day} дня`;
const source = (day: number, title = titleOf(day), body = `Текст новости дня ${day}.`): string =>
  article({ title, pubDate: `2026-01-${String(day).padStart(2, "0")}` }, body);

rebuild.before(async (context) => {
  context.root = createSite({
    files: { ...Object.fromEntries(days.map((day) => [fileOf(day), source(day)])), [sampleHero]: projectFile(sampleHero) },
  });
  context.server = await startDevServer(context.root);
  await context.server.waitFor(/\[search\] Indexed 21 articles/, 120_000);
});
rebuild.after(async (context) => {
  await context.server.stop();
  removeSite({ root: context.root });
});

/** Every page, feed and data file the build wrote (the search index, refreshed after every build, aside). */
function snapshot(root: string): Map<string, { text: string; mtimeMs: number }> {
  const output = path.join(root, ".dev");
  const files = readdirSync(output, { recursive: true, encoding: "utf8" }).filter(
    (file) => /\.(html|xml|json)$/.test(file) && !file.startsWith("pagefind"),
  );
  return new Map(
    files.map((file) => [
      file,
      { text: readFileSync(path.join(output, file), "utf8"), mtimeMs: statSync(path.join(output, file)).mtimeMs },
    ]),
  );
}

/** Saves a file and waits for the rebuild it starts, and for the search index refreshed after it; returns their log. */
async function save(context: Context, file: string, contents: string): Promise<string> {
  const log = (): string => context.server.output();
  const count = (pattern: RegExp): number => log().match(new RegExp(pattern, "g"))?.length ?? 0;
  const builds = count(/Wrote \d+ files?/);
  const indexes = count(/\[search\] Indexed/);
  const before = log().length;
  writeFileSync(path.join(context.root, file), contents);
  const start = Date.now();
  while (count(/Wrote \d+ files?/) === builds || count(/\[search\] Indexed/) === indexes) {
    if (Date.now() - start > 60_000) throw new Error(`No rebuild after saving ${file}:\n${log().slice(before)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return log().slice(before);
}

/** The text Pagefind's index holds for a page (its fragments are gzipped "pagefind_dcd" + JSON). */
function indexedText(root: string, url: string): string | undefined {
  const folder = path.join(root, ".dev/pagefind/fragment");
  for (const file of readdirSync(folder)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(folder, file)))
        .toString("utf8")
        .replace(/^pagefind_dcd/, ""),
    ) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  return undefined;
}

const changedFiles = (before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): string[] =>
  [...after]
    .filter(([file, { text, mtimeMs }]) => before.get(file)?.text !== text || before.get(file)?.mtimeMs !== mtimeMs)
    .map(([file]) => file);

rebuild(
  "a body edit rewrites that article's page only (lists, neighbours and feeds keep their files and still list it), and search finds the new text",
  async (context) => {
    const before = snapshot(context.root);
    const log = await save(context, fileOf(1), source(1, titleOf(1), "Текст новости дня 1, дополненный редактором."));
    const after = snapshot(context.root);
    assert.match(log, "front matter unchanged");
    assert.equal(changedFiles(before, after), [path.join("ru/blog", slugOf(1), "index.html")]);
    assert.match(after.get(path.join("ru/blog", slugOf(1), "index.html"))?.text ?? "", "дополненный редактором");
    // The lists were not rewritten, and what they show of the article is still right.
    const lists = [...after].filter(([file, { text }]) => !file.startsWith("ru/blog/") && text.includes(`/ru/blog/${slugOf(1)}/`));
    assert.ok(
      lists.some(([file]) => file.startsWith("ru/categories/")),
      lists.map(([file]) => file).join(", "),
    );
    for (const [file, { text }] of lists) if (file.endsWith(".html")) assert.ok(text.includes(titleOf(1)), file);
    const served = await fetch(`${context.server.url}/ru/blog/${slugOf(1)}/`);
    assert.match(await served.text(), "дополненный редактором");
    // The search index, refreshed in the background after the rebuild, has the new text.
    assert.match(indexedText(context.root, `/ru/blog/${slugOf(1)}/`) ?? "", "дополненный редактором");
  },
);

rebuild("a body edit of an article in the feeds rewrites its page and the feeds, which carry the new text", async (context) => {
  const before = snapshot(context.root);
  await save(context, fileOf(21), source(21, titleOf(21), "Главная новость, переписанная заново."));
  const after = snapshot(context.root);
  const changed = changedFiles(before, after);
  assert.ok(changed.includes(path.join("ru/blog", slugOf(21), "index.html")), changed.join(", "));
  assert.ok(changed.includes(path.join("ru", "feed.xml")), changed.join(", "));
  assert.not.ok(changed.includes(path.join("ru", "index.html")), changed.join(", "));
  assert.match(after.get(path.join("ru", "feed.xml"))?.text ?? "", "Главная новость, переписанная заново.");
  assert.match(after.get(path.join("ru", "feed.json"))?.text ?? "", "Главная новость, переписанная заново.");
  assert.match(after.get(path.join("ru", "rss.xml"))?.text ?? "", "Главная новость, переписанная заново.");
});

rebuild("a title edit shows the new title on every page that showed the old one: lists, neighbours, feeds", async (context) => {
  const before = snapshot(context.root);
  const showing = [...before].filter(([, { text }]) => text.includes(titleOf(2))).map(([file]) => file);
  assert.ok(showing.length > 5, showing.join(", ")); // its page, lists, its neighbours, feeds
  await save(context, fileOf(2), source(2, "Заголовок дня два после правки"));
  const after = snapshot(context.root);
  for (const file of showing) {
    const text = after.get(file)?.text ?? "";
    assert.not.ok(text.includes(titleOf(2)), `${file} still shows the old title`);
    assert.ok(text.includes("Заголовок дня два после правки"), `${file} does not show the new title`);
  }
});

rebuild.run();
