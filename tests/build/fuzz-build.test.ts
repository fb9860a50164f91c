// About 200 generated articles full of hostile text, built by the real pipeline: every page valid HTML, every hostile
// string given back as text (in pages, JSON-LD and feeds), no element or attribute injected anywhere.
import { searchScriptUrl } from "../../src/search/shared/page-config.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { invalidHtml } from "../helpers/html-validator.ts";
import { siteFiles } from "../helpers/link-check.ts";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

const count = 200;
const seed = 20_261_202;

const hostile = [
  "<script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{ 7*7 }} {% raw %} $[1+1]",
  "&lt;b&gt; &amp;amp; &#x3C;",
  "' OR '1'='1",
  "\u202eRTL\u202c \u200b",
  "]]> <![CDATA[ x ]]>",
  "<!-- не комментарий -->",
  "Ёлки «палки» „лапки“ — 🤖",
];
const piece = fc.oneof(fc.constantFrom(...hostile), fc.lorem({ maxCount: 3 }));
const line = (maximum: number) =>
  fc
    .array(piece, { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(" ").trim().slice(0, maximum))
    .filter((text) => text.trim() !== "");
// Tags and authors come from small sets: names that would share a URL are an error of their own (bad-input table).
const tag = fc.constantFrom("<b>LLM</b>", "C++ & Rust", '"Quoted"', "Ёжик", "a'b");
const authorNames = ["O'Brien <admin>", "Редакция & Co", '"Anon"'];
const author = fc.constantFrom(...authorNames);
// Declared as every byline must be, with markup in their bios and links too: their author pages render all of it.
const authors = authorNames.map((name, index) => ({
  id: `author-${index}`,
  type: "person",
  names: { ru: name, en: name },
  bio: { ru: `<script>alert(${index})</script> & ${name}`, en: "</p><img src=x onerror=alert(1)>" },
  links: [{ label: `<b>${name}</b>`, url: `https://example.com/?q=<${index}>&x="y"` }],
}));
const markdownPiece = fc.oneof(
  line(200),
  fc.constantFrom(
    "## <img src=x onerror=alert(1)>\n",
    "[клик](javascript:alert(1)) и [чужой](//evil.example/x)",
    "```html\n</code></pre><script>alert(1)</script>\n```\n",
    "| <b>a</b> | b |\n|---|---|\n| 1 | 2 |\n",
    '![""](/images/blog/hero-fast-model.webp)',
  ),
);
const generated = fc.sample(
  fc.record({
    title: line(200),
    description: line(300),
    heroAlt: line(120),
    tags: fc.uniqueArray(tag, { maxLength: 3 }),
    author,
    body: fc.array(markdownPiece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("\n\n")),
  }),
  { numRuns: count, seed },
);

const fuzz = suite<{ result: BuildResult }>(`${count} hostile articles through the real build`);

fuzz.before((context) => {
  const files: Record<string, string | Buffer> = { [sampleHero]: projectFile(sampleHero), "_data/authors.json": JSON.stringify(authors) };
  generated.forEach(({ body, ...fields }, index) => {
    files[`content/ru/blog/fuzz-${index}.md`] = article(fields, body);
  });
  context.result = build({ files });
});
fuzz.after((context) => removeSite(context.result));

fuzz("the build succeeds", ({ result }) => {
  assert.is(result.status, 0, (result.stdout + result.stderr).slice(-3000));
});

fuzz("every article gives its title, description and alt text back as text, in the page and its JSON-LD", ({ result }) => {
  generated.forEach((fields, index) => {
    const doc = page(result, `/ru/blog/fuzz-${index}/`);
    assert.is(doc.querySelector("h1")?.text, fields.title, `fuzz-${index} title`);
    assert.is(doc.querySelector('meta[name="description"]')?.getAttribute("content"), fields.description);
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    assert.is(data.headline, fields.title);
  });
});

fuzz("no page has a script but JSON-LD and the search page's own, nor an event handler or javascript: link", ({ result }) => {
  const injected: string[] = [];
  for (const file of siteFiles(result.output).filter((name) => name.endsWith(".html"))) {
    const doc = page(result, file);
    for (const element of doc.querySelectorAll("*")) {
      const tagName = element.tagName.toLowerCase();
      const type = element.getAttribute("type");
      if (tagName === "script" && type !== "application/ld+json" && element.getAttribute("src") !== searchScriptUrl)
        injected.push(`${file}: <script>`);
      if (["iframe", "object", "embed"].includes(tagName)) injected.push(`${file}: <${tagName}>`);
      for (const [name, value] of Object.entries(element.attributes)) {
        if (name.startsWith("on")) injected.push(`${file}: <${tagName} ${name}>`);
        if (["href", "src"].includes(name) && /^\s*javascript:/i.test(value)) injected.push(`${file}: <${tagName} ${name}="${value}">`);
      }
    }
  }
  assert.equal(injected, []);
});

fuzz("every page is valid HTML", async ({ result }) => {
  const problems = await invalidHtml(result.output);
  assert.equal(problems.slice(0, 20), []);
});

fuzz("the feeds and the sitemap parse, and give the titles back exactly", ({ result }) => {
  const titles = new Set(generated.map(({ title }) => title));
  const { feed } = parseXml(readFileSync(path.join(result.output, "ru/feed.xml"), "utf8"));
  const entries = [feed.entry].flat() as Parsed[];
  assert.ok(entries.length > 0);
  for (const entry of entries) assert.ok(titles.has(String(entry.title)), `Atom title ${JSON.stringify(entry.title)}`);
  const json = JSON.parse(readFileSync(path.join(result.output, "ru/feed.json"), "utf8")) as { items: Array<{ title: string }> };
  for (const item of json.items) assert.ok(titles.has(item.title), `JSON Feed title ${JSON.stringify(item.title)}`);
  const { urlset } = parseXml(readFileSync(path.join(result.output, "sitemap.xml"), "utf8"));
  assert.ok([urlset.url].flat().length >= count);
});

fuzz.run();
