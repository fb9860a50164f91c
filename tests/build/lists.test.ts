// The home paginates ten articles a page with numbered links; drafts never reach a production build.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, hasFile, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const day = (index: number): string => `2026-03-${String(index + 1).padStart(2, "0")}`;
const articles = Object.fromEntries(
  Array.from({ length: 12 }, (_, index) => [
    `content/ru/blog/article-${index + 1}.md`,
    article({ title: `Статья номер ${index + 1}`, pubDate: day(index) }),
  ]),
);

const lists = suite<{ result: BuildResult }>("home pagination and drafts");

lists.before((context) => {
  context.result = build({
    files: {
      ...articles,
      "content/ru/blog/unfinished.md": article({ title: "Черновик", draft: true, pubDate: "2026-04-01" }),
      [sampleHero]: projectFile(sampleHero),
    },
  });
});
lists.after((context) => removeSite(context.result));

lists("ten articles on the first page, the rest on the second, newest first", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
  const first = page(result, "/ru/")
    .querySelectorAll(".card h2 a")
    .map((link) => link.text);
  assert.is(first.length, 10);
  assert.is(first[0], "Статья номер 12");
  const second = page(result, "/ru/page/2/")
    .querySelectorAll(".card h2 a")
    .map((link) => link.text);
  assert.equal(second, ["Статья номер 2", "Статья номер 1"]);
});

lists("the first row's card images load at once, the first with high priority; the others are lazy", ({ result }) => {
  for (const url of ["/ru/", "/ru/page/2/"]) {
    const images = page(result, url).querySelectorAll(".card img");
    const loading = images.map((image) => image.getAttribute("loading"));
    const priority = images.map((image) => image.getAttribute("fetchpriority") ?? "auto");
    const lazy = images.length - Math.min(3, images.length);
    assert.equal(loading, [...Array(images.length - lazy).fill("eager"), ...Array(lazy).fill("lazy")], url);
    assert.equal(priority, ["high", ...Array(images.length - 1).fill("auto")], url);
  }
});

lists("pages link to each other by number, the current one marked", ({ result }) => {
  const numbers = page(result, "/ru/page/2/").querySelectorAll(".pagination a");
  const hrefs = numbers.map((link) => link.getAttribute("href"));
  assert.ok(hrefs.includes("/ru/"));
  const current = numbers.find((link) => link.getAttribute("aria-current") === "page");
  assert.is(current?.getAttribute("href"), "/ru/page/2/");
});

lists("a language without articles still has a home that says so", ({ result }) => {
  assert.is(page(result, "/en/").querySelectorAll(".card").length, 0);
  assert.is(page(result, "/en/").querySelector("main p")?.text, "No articles yet.");
});

lists("a draft has no page and is not listed in the production build", ({ result }) => {
  assert.not.ok(hasFile(result, "ru/blog/unfinished/index.html"));
  assert.not.match(page(result, "/ru/").toString(), "Черновик");
});

lists.run();
