// Declared authors: people and teams from _data/authors.json, shared bylines, author pages with a profile, and their
// JSON-LD, in both languages; a broken authors file is one line per problem.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { HTMLElement } from "node-html-parser";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";
import type { Parsed } from "../helpers/xml.ts";

const site = "https://news.test";
const authors = [
  {
    id: "team",
    type: "organization",
    names: { ru: "Редакция", en: "Editorial team" },
    bio: { ru: "Заметки, которые готовит вся редакция.", en: "Items the whole newsroom prepares." },
    links: [{ label: "Mastodon", url: "https://social.example/@newsroom" }],
  },
  {
    id: "vera",
    type: "person",
    names: { ru: "Вера Лебедева", en: "Vera Lebedeva" },
    role: { ru: "Обозреватель", en: "Columnist" },
    bio: { ru: "Пишет о компиляторах и моделях для кода.", en: "Writes about compilers and models for code." },
    avatar: "/images/blog/hero-fast-model.webp",
    links: [
      { label: "GitHub", url: "https://github.example/vera" },
      { label: "Telegram", url: "https://t.example/vera" },
    ],
  },
];

const jsonLd = (built: HTMLElement): Parsed[] =>
  built.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));

const declared = suite<{ result: BuildResult }>("declared authors");

declared.before((context) => {
  context.result = build(
    {
      files: {
        [sampleHero]: projectFile(sampleHero),
        "_data/authors.json": JSON.stringify(authors),
        "content/ru/blog/shared.md": article({ title: "Общая статья", author: ["Вера Лебедева", "Редакция"] }),
        "content/en/blog/shared.md": article({
          title: "A shared article",
          category: "AI News",
          author: ["Vera Lebedeva", "Editorial team"],
          translatedFrom: "0123456789ab",
        }),
        "content/ru/blog/team.md": article({ title: "Заметка редакции", pubDate: "2026-02-20" }),
      },
    },
    { SITE_URL: site },
  );
  assert.is(context.result.status, 0, context.result.stderr);
});
declared.after((context) => removeSite(context.result));

declared("a shared byline links each author's page, in its order", ({ result }) => {
  for (const [lang, names, slugs] of [
    ["ru", ["Вера Лебедева", "Редакция"], ["vera-lebedeva", "redaktsiya"]],
    ["en", ["Vera Lebedeva", "Editorial team"], ["vera-lebedeva", "editorial-team"]],
  ] as const) {
    const links = page(result, `/${lang}/blog/shared/`).querySelectorAll('.article-meta [data-pagefind-filter="author"] a');
    assert.equal(
      links.map((link) => [link.textContent, link.getAttribute("href")]),
      names.map((name, index) => [name, `/${lang}/authors/${slugs[index]}/`]),
      lang,
    );
  }
});

declared("a byline of several names is labelled in the plural, of one in the singular, in both languages", ({ result }) => {
  const label = (url: string): string =>
    page(result, url)
      .querySelectorAll(".article-meta li")
      .find((item) => item.querySelector('[data-pagefind-filter="author"]'))
      ?.querySelector("span")
      ?.textContent.trim() ?? "";
  assert.is(label("/ru/blog/shared/"), "Авторы:");
  assert.is(label("/en/blog/shared/"), "Authors:");
  assert.is(label("/ru/blog/team/"), "Автор:");
});

declared("an author's page shows the avatar, role, biography and links above the articles", ({ result }) => {
  for (const [lang, role, bio] of [
    ["ru", "Обозреватель", "Пишет о компиляторах и моделях для кода."],
    ["en", "Columnist", "Writes about compilers and models for code."],
  ] as const) {
    const built = page(result, `/${lang}/authors/vera-lebedeva/`);
    const profile = built.querySelector("main .author-profile");
    assert.ok(profile, lang);
    assert.is(profile?.querySelector(".author-role")?.textContent, role);
    assert.is(profile?.querySelector(".author-bio")?.textContent, bio);
    assert.equal(
      profile?.querySelectorAll(".author-links a").map((link) => [link.textContent, link.getAttribute("href")]),
      [
        ["GitHub", "https://github.example/vera"],
        ["Telegram", "https://t.example/vera"],
      ],
    );
    // The avatar went through the image pipeline: encoded files with their size, no layout shift.
    const avatar = profile?.querySelector("picture img");
    assert.match(avatar?.getAttribute("src") ?? "", /^\/images\/encoded\//);
    assert.ok(Number(avatar?.getAttribute("width")) > 0 && Number(avatar?.getAttribute("height")) > 0);
    const main = built.querySelector("main")?.innerHTML ?? "";
    assert.ok(main.indexOf("author-profile") < main.indexOf("card-grid"), `${lang}: the profile comes before the articles`);
    const [profilePage] = jsonLd(built);
    assert.is(profilePage?.["@type"], "ProfilePage");
    assert.is(profilePage?.mainEntity["@type"], "Person");
    assert.is(profilePage?.mainEntity.description, bio);
    assert.equal(profilePage?.mainEntity.sameAs, ["https://github.example/vera", "https://t.example/vera"]);
  }
  // A team without an avatar still gets its biography.
  assert.is(page(result, "/ru/authors/redaktsiya/").querySelector(".author-bio")?.textContent, "Заметки, которые готовит вся редакция.");
  assert.is(page(result, "/ru/authors/redaktsiya/").querySelector(".author-profile img"), null);
});

declared("the JSON-LD names a person and a team with their pages and profiles", ({ result }) => {
  const [data] = jsonLd(page(result, "/en/blog/shared/"));
  assert.equal(data.author, [
    {
      "@type": "Person",
      name: "Vera Lebedeva",
      url: `${site}/en/authors/vera-lebedeva/`,
      jobTitle: "Columnist",
      sameAs: ["https://github.example/vera", "https://t.example/vera"],
    },
    {
      "@type": "Organization",
      name: "Editorial team",
      url: `${site}/en/authors/editorial-team/`,
      sameAs: ["https://social.example/@newsroom"],
    },
  ]);
});

declared("the feeds carry every author with their page", ({ result }) => {
  const feed = JSON.parse(page(result, "/ru/feed.json").textContent);
  const item = feed.items.find((entry: Parsed) => entry.url === `${site}/ru/blog/shared/`);
  assert.equal(item.authors, [
    { name: "Вера Лебедева", url: `${site}/ru/authors/vera-lebedeva/` },
    { name: "Редакция", url: `${site}/ru/authors/redaktsiya/` },
  ]);
});

declared.run();

const broken = suite("a broken authors file");

broken("is one line per problem, and nothing is published", () => {
  const result = build({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "_data/authors.json": JSON.stringify([
        { id: "team", type: "organization", names: { ru: "Редакция" } },
        { id: "vera", type: "robot", names: { ru: "Вера", en: "Vera" }, links: [{ label: "Site", url: "ftp://vera.example" }] },
      ]),
      "content/ru/blog/x.md": article(),
    },
  });
  try {
    assert.is.not(result.status, 0);
    const lines = result.stderr.split("\n").filter((line) => line.startsWith("_data/authors.json"));
    assert.equal(lines, [
      '_data/authors.json: [1].type: expected "person" or "organization" (a team, such as the editorial team), found "robot"',
      '_data/authors.json: [1].links[0].url: expected an absolute http(s) URL, found "ftp://vera.example"',
    ]);
  } finally {
    removeSite(result);
  }
});

broken("names every author missing a name in a declared language", () => {
  const result = build({
    files: {
      [sampleHero]: projectFile(sampleHero),
      "_data/authors.json": JSON.stringify([{ id: "team", type: "organization", names: { ru: "Редакция" } }]),
      "content/ru/blog/x.md": article(),
    },
  });
  try {
    assert.is.not(result.status, 0);
    assert.match(
      result.stderr,
      '_data/authors.json: [0].names.en: expected the name of author "team" in English (en), a declared language, found nothing (the field is missing)',
    );
  } finally {
    removeSite(result);
  }
});

broken.run();
