// NewsArticle structured data, and JSON that cannot break out of its <script> element.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../../src/content/articles.ts";
import { centerFocus } from "../../../src/content/hero-focus.ts";
import { articleDates } from "../../helpers/articles.ts";
import { newsArticle, serializeJsonLd } from "../../../src/seo/json-ld.ts";

const article: Article = {
  title: `He said "hi" <b>&</b> </script>`,
  description: "Описание <!-- не комментарий -->",
  pubDate: new Date("2026-02-27T00:00:00Z"),
  updatedDate: new Date("2026-03-01T00:00:00Z"),
  dates: articleDates(new Date("2026-02-27T00:00:00Z"), new Date("2026-03-01T00:00:00Z"), "Europe/Moscow"),
  category: "Новости ИИ",
  tags: ["OpenAI"],
  author: ["Редакция"],
  heroImage: "/images/blog/hero.webp",
  heroFocus: centerFocus,
  draft: false,
  corrections: [],
  featured: false,
  lang: "ru",
  slug: "fast-model",
  url: "/ru/blog/fast-model/",
  inputPath: "./content/ru/blog/fast-model.md",
};

test("a NewsArticle has headline, dates, author, image and inLanguage", () => {
  const data = newsArticle(article, { siteUrl: "https://news.test", siteName: "Нейросводка" });
  assert.is(data["@type"], "NewsArticle");
  assert.is(data.headline, article.title);
  assert.is(data.datePublished, "2026-02-27T03:00:00+03:00", "in the site's zone, with its offset");
  assert.is(data.dateModified, "2026-03-01T03:00:00+03:00");
  assert.equal(data.author, [{ "@type": "Person", name: "Редакция", url: "https://news.test/ru/authors/redaktsiya/" }]);
  assert.equal(data.image, ["https://news.test/images/blog/hero.webp"]);
  assert.is(data.inLanguage, "ru");
  assert.is(data.mainEntityOfPage, "https://news.test/ru/blog/fast-model/");
});

test("without updatedDate, dateModified is the publication date; the supplied shapes win over the hero", () => {
  const data = newsArticle(
    { ...article, updatedDate: undefined, dates: articleDates(article.pubDate, undefined, "Europe/Moscow") },
    { siteUrl: "https://news.test", siteName: "N", images: [{ path: "/images/shapes/1-4x3.jpg", width: 1200, height: 900 }] },
  );
  assert.is(data.dateModified, "2026-02-27T03:00:00+03:00");
  assert.equal(data.image, [{ "@type": "ImageObject", url: "https://news.test/images/shapes/1-4x3.jpg", width: 1200, height: 900 }]);
});

test("serialized JSON-LD cannot close its <script> or open a comment, and parses back unchanged", () => {
  const value = { headline: article.title, description: article.description, separators: "a\u2028b\u2029c", amp: "R&D > all" };
  const text = serializeJsonLd(value);
  assert.not.match(text, /[<>&\u2028\u2029]/);
  assert.match(text, "\\u003c/script\\u003e");
  assert.equal(JSON.parse(text), value);
});

test("declared authors are a Person or an Organization with their page and their own profiles", () => {
  const data = newsArticle(
    { ...article, author: ["Редакция", "Анна Смирнова"] },
    {
      siteUrl: "https://news.test",
      siteName: "Нейросводка",
      authors: [
        { id: "team", type: "organization", names: { ru: "Редакция" }, links: [] },
        {
          id: "anna",
          type: "person",
          names: { ru: "Анна Смирнова" },
          role: { ru: "Научный редактор" },
          links: [{ label: "GitHub", url: "https://github.example/anna" }],
        },
      ],
    },
  );
  assert.equal(data.author, [
    { "@type": "Organization", name: "Редакция", url: "https://news.test/ru/authors/redaktsiya/" },
    {
      "@type": "Person",
      name: "Анна Смирнова",
      url: "https://news.test/ru/authors/anna-smirnova/",
      jobTitle: "Научный редактор",
      sameAs: ["https://github.example/anna"],
    },
  ]);
});

test.run();
