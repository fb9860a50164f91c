// The sample site builds into /ru/ and /en/ with every article, localized dates, plurals and typography.
import { readdirSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "node-html-parser";
import { build, page, hasFile, projectRoot, removeSite, type BuildResult } from "../helpers/site.ts";
import { serveSite } from "../helpers/static-server.ts";

const site = suite<{ result: BuildResult }>("sample site");

site.before((context) => {
  context.result = build({ withProjectContent: true });
});
site.after((context) => removeSite(context.result));

const articleSlugs = (lang: string): string[] =>
  readdirSync(path.join(projectRoot, "content", lang, "blog"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.replace(/\.md$/, ""));

site("the production build succeeds", ({ result }) => {
  assert.is(result.status, 0, result.stderr);
});

site("each language has a home with its newest articles", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    const home = page(result, `/${lang}/`);
    assert.is(home.querySelector("html")?.getAttribute("lang"), lang);
    const links = home.querySelectorAll(".card h2 a").map((link) => link.getAttribute("href"));
    assert.is(links.length, articleSlugs(lang).length);
    assert.ok(
      links.every((href) => href?.startsWith(`/${lang}/blog/`)),
      String(links),
    );
  }
});

site("every article file becomes a page", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    for (const slug of articleSlugs(lang)) assert.ok(hasFile(result, `${lang}/blog/${slug}/index.html`), `${lang}/${slug}`);
  }
});

site("home lists newest first", ({ result }) => {
  const dates = page(result, "/ru/")
    .querySelectorAll(".card time")
    .map((time) => time.getAttribute("datetime") ?? "");
  assert.equal([...dates].sort().reverse(), dates);
});

site("the root sends readers to the default language without JavaScript", ({ result }) => {
  const root = page(result, "/");
  assert.match(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content") ?? "", /url=\/ru\/$/);
  assert.is(root.querySelector("a")?.getAttribute("href"), "/ru/");
  assert.is(root.querySelectorAll("script").length, 0);
});

site("404 pages exist at the root and per language", ({ result }) => {
  assert.is(page(result, "/404.html").querySelector("html")?.getAttribute("lang"), "ru");
  assert.is(page(result, "/en/404.html").querySelector("h1")?.text, "Page not found");
  assert.is(page(result, "/ru/404.html").querySelector("h1")?.text, "Страница не найдена");
});

site("a missing address gets its own language's 404 page from a host that reads _redirects (Netlify's matcher)", async ({ result }) => {
  const server = await serveSite(result.output);
  try {
    for (const [address, lang, heading] of [
      ["/en/no-such-article/", "en", "Page not found"],
      ["/en/blog/gone/", "en", "Page not found"],
      ["/ru/blog/gone/", "ru", "Страница не найдена"],
      ["/no-such-folder/", "ru", "Страница не найдена"],
    ]) {
      const response = await fetch(`${server.url}${address}`);
      assert.is(response.status, 404, address);
      const document = parse(await response.text());
      assert.is(document.querySelector("html")?.getAttribute("lang"), lang, address);
      assert.is(document.querySelector("h1")?.text, heading, address);
    }
  } finally {
    await server.close();
  }
});

site("an article shows its metadata in the reader's language", ({ result }) => {
  const ru = page(result, "/ru/blog/fast-code-model/");
  assert.is(ru.querySelector("h1")?.text, "Компактная модель для кода отвечает быстрее, чем вы печатаете");
  assert.is(ru.querySelector(".article-meta time")?.text, "27 февраля 2026 г.");
  const meta = ru.querySelector(".article-meta")?.text ?? "";
  assert.match(meta, "Новости ИИ");
  assert.match(meta, "Редакция");
  assert.match(meta, /\d+ (минута|минуты|минут) чтения/);
  assert.equal(
    ru.querySelectorAll(".tag-list li").map((tag) => tag.text.trim()),
    ["OpenAI", "AI для кодинга", "ChatGPT Pro"],
  );
  const en = page(result, "/en/blog/fast-code-model/");
  assert.is(en.querySelector(".article-meta time")?.text, "February 27, 2026");
  assert.match(en.querySelector(".article-meta")?.text ?? "", /\d+ minutes? read/);
});

site("the hero image is the page's first, eager image with alt text", ({ result }) => {
  const hero = page(result, "/ru/blog/fast-code-model/").querySelector(".hero img");
  assert.ok(hero);
  assert.is(hero?.getAttribute("loading"), "eager");
  assert.ok((hero?.getAttribute("alt") ?? "").length > 0);
});

site("template syntax inside code blocks stays literal", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    const code = page(result, `/${lang}/blog/prompt-templates/`)
      .querySelectorAll("pre code")
      .map((block) => block.text)
      .join("\n");
    assert.match(code, "{{ user.name }}");
    assert.match(code, "{% for item in items %}");
  }
});

site("quotes follow each language's typography", ({ result }) => {
  const ruBody = page(result, "/ru/blog/agents-in-ci/").querySelector(".article-body")?.text ?? "";
  assert.match(ruBody, /«[^»]+»/);
  assert.not.match(ruBody, /"[А-Яа-яЁё]/);
  const enBody = page(result, "/en/blog/agents-in-ci/").querySelector(".article-body")?.text ?? "";
  assert.match(enBody, /“[^”]+”/);
});

site("pages ship no JavaScript", ({ result }) => {
  for (const url of ["/ru/", "/en/", "/ru/blog/fast-code-model/", "/en/404.html"]) {
    // JSON-LD structured data is a script element that holds data, never code.
    const scripts = page(result, url)
      .querySelectorAll("script")
      .filter((script) => script.getAttribute("type") !== "application/ld+json");
    assert.is(scripts.length, 0, url);
  }
});

site.run();
