// The publisher's pages (about, editorial policy, corrections policy, contact): built per language from markdown,
// linked from every page's footer, paired across languages, and named in the NewsMediaOrganization JSON-LD.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, hasFile, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const publisherPage = (title: string, description: string, body = "Текст страницы.", extra = ""): string =>
  `---\ntitle: "${title}"\ndescription: "${description}"\n${extra}---\n${body}\n`;

const titles: Record<string, Record<string, string>> = {
  ru: { about: "О нас", "editorial-policy": "Редакционная политика", "corrections-policy": "Политика исправлений", contact: "Контакты" },
  en: { about: "About us", "editorial-policy": "Editorial policy", "corrections-policy": "Corrections policy", contact: "Contact" },
};

const files: Record<string, string | Buffer> = { [sampleHero]: projectFile(sampleHero) };
for (const [lang, pages] of Object.entries(titles)) {
  // Written out of order: the footer's order is the publisher's, not the file system's.
  for (const slug of ["contact", "about", "corrections-policy", "editorial-policy"]) {
    files[`content/${lang}/pages/${slug}.md`] = publisherPage(pages[slug] ?? "", `${pages[slug]}: ${lang}.`);
  }
}
files["content/ru/pages/about.md"] = publisherPage("О нас", "Кто мы.", "Мы пишем о моделях.", "updatedDate: 2026-11-30\n");
files["content/ru/blog/novost.md"] = article({ title: "Новость" });
files["content/en/blog/novost.md"] = article({ title: "News", category: "AI News", author: "Editorial team", translatedFrom: "ru" });

const site = suite<{ result: BuildResult }>("publisher pages");

site.before((context) => {
  context.result = build({ files });
  assert.is(context.result.status, 0, context.result.stdout + context.result.stderr);
});
site.after((context) => removeSite(context.result));

const jsonLd = (result: BuildResult, url: string): Array<Record<string, unknown>> =>
  page(result, url)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

site("each page is built at /<language>/<slug>/ with its title, and pairs with its translation", ({ result }) => {
  for (const [lang, pages] of Object.entries(titles)) {
    for (const [slug, title] of Object.entries(pages)) {
      const built = page(result, `/${lang}/${slug}/`);
      assert.is(built.querySelector("h1")?.textContent, title);
      const other = lang === "ru" ? "en" : "ru";
      const alternate = built.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute("href");
      assert.ok(alternate?.endsWith(`/${other}/${slug}/`), `${lang}/${slug}: ${alternate}`);
      const switcher = built.querySelector(`a[hreflang="${other}"]`)?.getAttribute("href");
      assert.is(switcher, `/${other}/${slug}/`);
    }
  }
  assert.match(page(result, "/ru/about/").querySelector(".article-body")?.textContent ?? "", "Мы пишем о моделях.");
  assert.is(page(result, "/ru/about/").querySelector("time")?.getAttribute("datetime"), "2026-11-30");
});

const correctionsTitle: Record<string, string> = { ru: "Исправления", en: "Corrections" };

site("every page type's footer links its language's publisher pages in the publisher's order, then its corrections", ({ result }) => {
  const order = ["about", "editorial-policy", "corrections-policy", "contact"];
  for (const lang of ["ru", "en"]) {
    for (const url of [
      `/${lang}/`,
      `/${lang}/blog/novost/`,
      `/${lang}/tags/`,
      `/${lang}/search/`,
      `/${lang}/404.html`,
      `/${lang}/contact/`,
    ]) {
      const links = page(result, url)
        .querySelectorAll("footer nav a")
        .map((link) => [link.getAttribute("href"), link.textContent]);
      assert.equal(
        links,
        [...order.map((slug) => [`/${lang}/${slug}/`, titles[lang]?.[slug]]), [`/${lang}/corrections/`, correctionsTitle[lang]]],
        url,
      );
      assert.ok(page(result, url).querySelector("footer nav")?.getAttribute("aria-label"), `${url}: the footer nav has a name`);
    }
  }
});

site("the home, the articles and the pages describe the publisher as a NewsMediaOrganization with its policies", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    const [home] = jsonLd(result, `/${lang}/`);
    assert.is(home?.["@type"], "NewsMediaOrganization");
    const pageUrl = (slug: string): string => `https://ai-news.example/${lang}/${slug}/`;
    assert.is(home?.masthead, pageUrl("about"));
    assert.is(home?.publishingPrinciples, pageUrl("editorial-policy"));
    assert.is(home?.correctionsPolicy, pageUrl("corrections-policy"));
    assert.is((home?.contactPoint as Record<string, unknown>)?.url, pageUrl("contact"));
    assert.ok((home?.logo as Record<string, unknown>)?.url);
    for (const slug of ["about", "editorial-policy", "corrections-policy", "contact"]) {
      assert.ok(hasFile(result, `${lang}/${slug}/index.html`), slug);
    }
    const [news] = jsonLd(result, `/${lang}/blog/novost/`);
    const publisher = (news?.publisher ?? {}) as Record<string, unknown>;
    assert.is(publisher["@type"], "NewsMediaOrganization");
    assert.is(publisher["@id"], home?.["@id"]);
    assert.is(publisher.correctionsPolicy, pageUrl("corrections-policy"));
    const [about] = jsonLd(result, `/${lang}/about/`);
    assert.is(about?.["@type"], "AboutPage");
    assert.is(((about?.publisher ?? {}) as Record<string, unknown>)["@id"], home?.["@id"]);
    assert.is(jsonLd(result, `/${lang}/contact/`)[0]?.["@type"], "ContactPage");
  }
});

site("the sitemap lists every publisher page", ({ result }) => {
  const sitemap = new XMLParser().parse(readFileSync(path.join(result.output, "sitemap.xml"), "utf8")) as {
    urlset: { url: Array<{ loc: string }> };
  };
  const locations = sitemap.urlset.url.map((entry) => entry.loc);
  for (const [lang, pages] of Object.entries(titles)) {
    for (const slug of Object.keys(pages)) assert.ok(locations.includes(`https://ai-news.example/${lang}/${slug}/`), `${lang}/${slug}`);
  }
});

site.run();

const errors = suite("publisher pages with problems");

errors("an article's field, a missing title or a slug the site uses is one line each, and nothing is published", () => {
  const result = build({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "content/ru/blog/novost.md": article({ title: "Новость" }),
      "content/ru/pages/about.md": publisherPage("О нас", "Кто мы.", "Текст.", "pubDate: 2026-03-01\n"),
      "content/ru/pages/contact.md": '---\ndescription: "Как связаться."\n---\nТекст.\n',
      "content/ru/pages/search.md": publisherPage("Поиск", "Страница поиска."),
    },
  });
  try {
    const printed = result.stdout + result.stderr;
    assert.is.not(result.status, 0);
    assert.match(
      printed,
      'content/ru/pages/about.md: pubDate: expected only title, description, updatedDate on a publisher page, found "2026-03-01"',
    );
    assert.match(printed, "content/ru/pages/contact.md: title: expected a non-empty title");
    assert.match(
      printed,
      "content/ru/pages/search.md: file name: expected a Latin slug such as about.md, not one of the site's own addresses",
    );
    assert.not.ok(hasFile(result, "ru/index.html"), "a failed build published nothing");
  } finally {
    removeSite(result);
  }
});

errors.run();
