// Page budgets on the built sample site (sizes, never timings): small HTML and CSS, no script outside search, no layout shift.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { siteFiles } from "../helpers/link-check.ts";
import { build, removeSite, type BuildResult } from "../helpers/site.ts";

const kilobytes = (bytes: number): number => bytes / 1024;
const budgets = suite<{ result: BuildResult; pages: string[] }>("page budgets");

budgets.before((context) => {
  context.result = build({ withProjectContent: true });
  context.pages = siteFiles(context.result.output).filter((file) => file.endsWith(".html"));
});
budgets.after((context) => removeSite(context.result));

const read = (result: BuildResult, file: string): string => readFileSync(path.join(result.output, file), "utf8");

budgets("the sample site builds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

budgets("every article page is at most 40 KB of HTML", ({ result, pages }) => {
  const articles = pages.filter((file) => /^\/[^/]+\/blog\/[^/]+\/index\.html$/.test(file));
  assert.ok(articles.length >= 10);
  const over = articles
    .map((file) => [file, kilobytes(statSync(path.join(result.output, file)).size)] as const)
    .filter(([, size]) => size > 40);
  assert.equal(over, []);
});

budgets("CSS is at most 12 KB in all: the inlined stylesheet plus every .css file", ({ result, pages }) => {
  const inline = Math.max(
    ...pages.map((file) =>
      parse(read(result, file))
        .querySelectorAll("style")
        .reduce((sum, style) => sum + Buffer.byteLength(style.innerHTML), 0),
    ),
  );
  const files = siteFiles(result.output)
    .filter((file) => file.endsWith(".css"))
    .reduce((sum, file) => sum + statSync(path.join(result.output, file)).size, 0);
  assert.ok(kilobytes(inline + files) <= 12, `${kilobytes(inline + files).toFixed(1)} KB`);
});

budgets("no page but the search page loads JavaScript", ({ result, pages }) => {
  const withScript = pages.filter((file) =>
    parse(read(result, file))
      .querySelectorAll("script")
      .some((script) => (script.getAttribute("type") ?? "") !== "application/ld+json"),
  );
  assert.ok(withScript.length > 0, "the search pages load their script");
  assert.equal(
    withScript.filter((file) => !/^\/[^/]+\/search\/index\.html$/.test(file)),
    [],
  );
});

budgets("every <img> has width and height, and each article's hero has high fetch priority", ({ result, pages }) => {
  for (const file of pages) {
    const document = parse(read(result, file));
    for (const img of document.querySelectorAll("img")) {
      assert.ok(img.getAttribute("width") && img.getAttribute("height"), `${file}: ${img.toString()}`);
    }
    if (/\/blog\//.test(file) && document.querySelector(".hero")) {
      assert.is(document.querySelector(".hero img")?.getAttribute("fetchpriority"), "high", file);
    }
  }
});

budgets.run();
