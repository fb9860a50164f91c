// npm run build replaces _site/ only when every step succeeded: a failed build leaves the previous site exactly as it was.
import { readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteSnapshot } from "../helpers/link-check.ts";
import { article, buildSite, createSite, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const atomic = suite<{ root: string; first: BuildResult; before: Record<string, string> }>("atomic builds");

atomic.before((context) => {
  context.root = createSite({
    files: {
      "content/ru/blog/first.md": article({ title: "Первая статья" }),
      "content/ru/blog/second.md": article({ title: "Вторая статья" }),
      [sampleHero]: projectFile(sampleHero),
    },
  });
  context.first = buildSite(context.root);
  context.before = siteSnapshot(context.first.output);
});
atomic.after((context) => removeSite({ root: context.root }));

atomic("the first build publishes the site and leaves no staging folder behind", ({ first, root }) => {
  assert.is(first.status, 0, first.stderr);
  assert.ok(existsSync(path.join(first.output, "ru/blog/first/index.html")));
  assert.not.ok(existsSync(path.join(root, ".staging")));
});

atomic("a build that fails while writing pages leaves the published site byte for byte as it was", ({ root, first, before }) => {
  // A corrupt image fails in the image step, after other pages have already been rendered and written.
  writeFileSync(path.join(root, "content/images/blog/broken.png"), Buffer.from("this is not a png"));
  writeFileSync(
    path.join(root, "content/ru/blog/third.md"),
    article({ title: "Третья статья" }, "Текст.\n\n![Схема](/images/blog/broken.png)"),
  );
  writeFileSync(path.join(root, "content/ru/blog/first.md"), article({ title: "Первая статья, исправленная" }));
  const failed = buildSite(root);
  assert.is.not(failed.status, 0);
  assert.match(failed.stdout + failed.stderr, "/images/blog/broken.png");
  assert.equal(siteSnapshot(first.output), before);
});

atomic("once fixed, the next build publishes the new site whole: stale pages of removed articles are gone", ({ root, first }) => {
  rmSync(path.join(root, "content/ru/blog/third.md"));
  rmSync(path.join(root, "content/ru/blog/second.md"));
  const fixed = buildSite(root);
  assert.is(fixed.status, 0, fixed.stderr);
  assert.match(readFileSync(path.join(first.output, "ru/blog/first/index.html"), "utf8"), "Первая статья, исправленная");
  assert.not.ok(existsSync(path.join(first.output, "ru/blog/second/index.html")));
});

atomic.run();
