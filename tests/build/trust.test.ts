// What readers are told about how a text was made and changed, in both languages: translation notices, AI disclosure,
// updates with a time, corrections on the article, on the corrections page and in the feeds, and the JSON-LD of each.
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { HTMLElement } from "node-html-parser";
import { article, build, page, projectFile, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";
import { parseXml, type Parsed } from "../helpers/xml.ts";

const site = "https://news.test";
const en = { category: "AI News", author: "Editorial team" };

const trust = suite<{ result: BuildResult }>("trust: how a text was made and changed");

trust.before((context) => {
  context.result = build(
    {
      files: {
        [sampleHero]: projectFile(sampleHero),
        // A Russian original corrected twice, and its English machine translation made before the corrections.
        "content/ru/blog/model.md": article({
          title: "Модель отвечает быстрее",
          pubDate: "2026-03-01",
          corrections: [
            { date: "2026-03-05T09:15:00+03:00", note: "Задержка — 80 мс, а не 8 мс." },
            { date: "2026-03-02", note: "Исправлено имя компании." },
          ],
        }),
        "content/en/blog/model.md": article({
          ...en,
          title: "The model answers faster",
          pubDate: "2026-03-01",
          translatedFrom: "0123456789ab",
          translation: "machine",
          translator: "DeepL",
        }),
        // An English original and its Russian machine translation, reviewed by a person.
        "content/en/blog/guide.md": article({ ...en, title: "A guide to agents", pubDate: "2026-02-10" }),
        "content/ru/blog/guide.md": article({
          title: "Путеводитель по агентам",
          pubDate: "2026-02-10",
          translatedFrom: "0123456789ab",
          translation: "machine-reviewed",
          reviewedBy: "Анна Смирнова",
        }),
        // An English original corrected on 3 March, its Russian human translation updated after that.
        "content/en/blog/essay.md": article({
          ...en,
          title: "An essay on benchmarks",
          pubDate: "2026-02-01",
          corrections: [{ date: "2026-03-03", note: "The table's second row was swapped with the third." }],
        }),
        "content/ru/blog/essay.md": article({
          title: "Эссе о бенчмарках",
          pubDate: "2026-02-01",
          updatedDate: "2026-03-06T18:05:00+03:00",
          translatedFrom: "0123456789ab",
          translation: "human",
          translator: "Илья Корнеев",
        }),
        // AI's part, in each language.
        "content/ru/blog/generated.md": article({
          title: "Сводка недели",
          pubDate: "2026-02-20",
          aiAssistance: "generated",
          editedBy: "Анна Смирнова",
        }),
        "content/en/blog/drafted.md": article({ ...en, title: "A week in review", pubDate: "2026-02-21", aiAssistance: "drafted" }),
      },
    },
    { SITE_URL: site },
  );
  assert.is(context.result.status, 0, context.result.stderr);
});
trust.after((context) => removeSite(context.result));

const notices = (built: HTMLElement): HTMLElement[] => built.querySelectorAll("article .article-notices .article-notice");
const jsonLd = (built: HTMLElement): Parsed => JSON.parse(built.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
const feed = (result: BuildResult, lang: string): Parsed => parseXml(readFileSync(path.join(result.output, lang, "feed.xml"), "utf8")).feed;
const entry = (parsed: Parsed, url: string): Parsed => parsed.entry.find((item: Parsed) => item.id === url);

trust("an unreviewed machine translation says so in English at the top and links the Russian original", ({ result }) => {
  const built = page(result, "/en/blog/model/");
  const [notice] = notices(built);
  assert.ok(notice, "a notice");
  assert.match(notice?.textContent ?? "", "This is a machine translation that no person has reviewed");
  const link = notice?.querySelector("a");
  assert.is(link?.getAttribute("href"), "/ru/blog/model/");
  assert.is(link?.getAttribute("hreflang"), "ru");
  assert.is(link?.getAttribute("lang"), "ru");
  assert.match(link?.textContent ?? "", "Русский");
  // At the top: before the hero and the text.
  const html = built.querySelector("article")?.innerHTML ?? "";
  assert.ok(html.indexOf("article-notices") < html.indexOf('class="hero"'), "the notice comes before the hero");
  const data = jsonLd(built);
  assert.is(data.translationOfWork.url, `${site}/ru/blog/model/`);
  assert.equal(data.translator, [{ "@type": "Organization", name: "DeepL" }]);
});

trust("a reviewed machine translation says in Russian who reviewed it and links the English original", ({ result }) => {
  const built = page(result, "/ru/blog/guide/");
  const texts = notices(built).map((notice) => notice.textContent);
  assert.is(texts.length, 1);
  assert.match(texts[0] ?? "", "Машинный перевод, проверенный человеком: Анна Смирнова.");
  assert.is(notices(built)[0]?.querySelector("a")?.getAttribute("href"), "/en/blog/guide/");
  assert.is(notices(built)[0]?.querySelector("a")?.getAttribute("hreflang"), "en");
  const data = jsonLd(built);
  assert.is(data.translationOfWork.url, `${site}/en/blog/guide/`);
  assert.equal(data.translator, [{ "@type": "Person", name: "Анна Смирнова" }]);
  // An original tells nothing of the kind.
  assert.is(notices(page(result, "/en/blog/guide/")).length, 0);
  assert.is(jsonLd(page(result, "/en/blog/guide/")).translationOfWork, undefined);
});

trust("a person's translation names the translator", ({ result }) => {
  const built = page(result, "/ru/blog/essay/");
  assert.match(notices(built)[0]?.textContent ?? "", "Перевод: Илья Корнеев.");
  assert.equal(jsonLd(built).translator, [{ "@type": "Person", name: "Илья Корнеев" }]);
});

trust("AI's part is told on the article and in its JSON-LD, in each language", ({ result }) => {
  const generated = page(result, "/ru/blog/generated/");
  assert.is(notices(generated).length, 1);
  assert.match(notices(generated)[0]?.textContent ?? "", "Текст этой статьи создан ИИ.");
  assert.match(notices(generated)[0]?.textContent ?? "", "Редактор: Анна Смирнова.");
  assert.is(jsonLd(generated).digitalSourceType, "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
  assert.equal(jsonLd(generated).editor, { "@type": "Person", name: "Анна Смирнова" });
  const drafted = page(result, "/en/blog/drafted/");
  assert.match(notices(drafted)[0]?.textContent ?? "", "This article was drafted with the help of AI");
  assert.is(jsonLd(drafted).digitalSourceType, "https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
  assert.is(jsonLd(drafted).editor, undefined);
});

trust("corrections are listed at the end under their heading, and the latest one is the update", ({ result }) => {
  const built = page(result, "/ru/blog/model/");
  const section = built.querySelector("article section#corrections");
  assert.is(section?.querySelector("h2")?.textContent, "Исправления");
  const items = section?.querySelectorAll("li") ?? [];
  // Oldest first, as they happened.
  assert.match(items[0]?.textContent ?? "", "Исправлено имя компании.");
  assert.is(items[0]?.querySelector("time")?.getAttribute("datetime"), "2026-03-02");
  assert.match(items[1]?.textContent ?? "", "Задержка — 80 мс, а не 8 мс.");
  assert.is(items[1]?.querySelector("time")?.getAttribute("datetime"), "2026-03-05T09:15:00+03:00");
  assert.match(items[1]?.querySelector("time")?.textContent ?? "", /5 марта 2026.*09:15/);
  // The page's "Updated", dateModified and the JSON-LD corrections agree with the last correction.
  const updated = built.querySelectorAll(".article-meta li").find((item) => item.textContent.startsWith("Обновлено"));
  assert.is(updated?.querySelector("time")?.getAttribute("datetime"), "2026-03-05T09:15:00+03:00");
  const data = jsonLd(built);
  assert.is(data.dateModified, "2026-03-05T09:15:00+03:00");
  assert.equal(
    data.correction.map((correction: Parsed) => [correction["@type"], correction.datePublished, correction.text]),
    [
      ["CorrectionComment", "2026-03-02T00:00:00+03:00", "Исправлено имя компании."],
      ["CorrectionComment", "2026-03-05T09:15:00+03:00", "Задержка — 80 мс, а не 8 мс."],
    ],
  );
  assert.is(page(result, "/ru/blog/guide/").querySelector("#corrections"), null);
});

trust("an update with a time shows the time, as dateModified says it", ({ result }) => {
  const built = page(result, "/ru/blog/essay/");
  const updated = built.querySelectorAll(".article-meta li").find((item) => item.textContent.startsWith("Обновлено"));
  const time = updated?.querySelector("time");
  assert.is(time?.getAttribute("datetime"), "2026-03-06T18:05:00+03:00");
  assert.match(time?.textContent ?? "", /6 марта 2026.*18:05/);
  assert.is(jsonLd(built).dateModified, time?.getAttribute("datetime"));
});

trust("a translation tells of the original's corrections until it is updated after them", ({ result }) => {
  const behind = notices(page(result, "/en/blog/model/")).find((notice) => notice.classList.contains("notice-original-corrected"));
  assert.ok(behind, "the English translation made before the corrections says so");
  assert.match(behind?.textContent ?? "", /The original was corrected on March 5, 2026.*9:15/);
  assert.is(behind?.querySelector("a")?.getAttribute("href"), "/ru/blog/model/#corrections");
  // The Russian translation of the essay was updated on 6 March, after the original's correction of 3 March.
  const current = notices(page(result, "/ru/blog/essay/")).map((notice) => notice.classList.contains("notice-original-corrected"));
  assert.equal(current, [false]);
});

trust("each language's corrections page lists its corrected articles, the latest correction first", ({ result }) => {
  const russian = page(result, "/ru/corrections/");
  assert.is(russian.querySelector("h1")?.textContent, "Исправления");
  const entries = russian.querySelectorAll("main .corrected-articles > li");
  assert.equal(
    entries.map((item) => item.querySelector("h2 a")?.getAttribute("href")),
    ["/ru/blog/model/#corrections"],
  );
  // The latest correction first on this page.
  assert.match(entries[0]?.querySelectorAll("li")[0]?.textContent ?? "", "Задержка");
  const english = page(result, "/en/corrections/");
  assert.is(english.querySelector("h1")?.textContent, "Corrections");
  assert.equal(
    english.querySelectorAll("main .corrected-articles > li h2 a").map((link) => link.getAttribute("href")),
    ["/en/blog/essay/#corrections"],
  );
  // Linked from every page's footer, in its language.
  for (const [url, lang] of [
    ["/ru/", "ru"],
    ["/en/", "en"],
    ["/ru/blog/model/", "ru"],
    ["/en/blog/model/", "en"],
    ["/ru/search/", "ru"],
    ["/en/404.html", "en"],
    ["/en/corrections/", "en"],
  ] as const) {
    const links = page(result, url)
      .querySelectorAll("footer a")
      .map((link) => link.getAttribute("href"));
    assert.ok(links.includes(`/${lang}/corrections/`), `${url} links its corrections page: ${links.join(", ")}`);
  }
});

trust("feeds keep an entry's id, take the correction as its update, and carry the notices and corrections", ({ result }) => {
  const russian = feed(result, "ru");
  const corrected = entry(russian, `${site}/ru/blog/model/`);
  assert.ok(corrected, "the entry's id is still the article's address");
  assert.is(corrected.updated, "2026-03-05T09:15:00+03:00");
  assert.is(corrected.published, "2026-03-01T00:00:00+03:00");
  assert.match(corrected.content["#text"], "Задержка — 80 мс, а не 8 мс.");
  assert.match(entry(russian, `${site}/ru/blog/guide/`).content["#text"], "Машинный перевод, проверенный человеком: Анна Смирнова.");
  const english = feed(result, "en");
  const translated = entry(english, `${site}/en/blog/model/`);
  assert.match(translated.content["#text"], "This is a machine translation that no person has reviewed");
  assert.match(translated.content["#text"], `href="${site}/ru/blog/model/"`);
  const json = JSON.parse(readFileSync(path.join(result.output, "ru/feed.json"), "utf8"));
  const item = json.items.find((candidate: Parsed) => candidate.id === `${site}/ru/blog/model/`);
  assert.is(item.date_modified, "2026-03-05T09:15:00+03:00");
});

trust.run();
