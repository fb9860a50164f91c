// Search that forgives, in real Chromium: every language at once, typos offered as "did you mean", and weights that
// rank a tag above the body text.
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { servedSiteSuite } from "../helpers/browser.ts";
import { resultUrls, searchPage, settled, status } from "../helpers/search-page.ts";
import { article } from "../helpers/site.ts";

const hero = { heroImage: "/images/search/hero.png" };
const english = (fields: Record<string, unknown>, body: string): string =>
  article({ category: "Analysis", author: "Editorial team", description: "A note from the editors.", ...hero, ...fields }, body);

// On top of the fixture: an article that exists only in English, pairs of articles where the query word is only in a
// tag or only (several times) in the body, and articles whose body word is one letter away from a word on a card.
const files = {
  "content/en/blog/warehouse-robots.md": english(
    { title: "Robots sort parcels overnight", tags: ["Logistics"] },
    "In a warehouse near the port, robots sort parcels while people sleep. The warehouse manager checks the report at dawn.",
  ),
  "content/ru/blog/telescope-tag.md": article(
    { title: "Обсерватория открыла двери", tags: ["Телескоп"], ...hero },
    "Обсерватория приглашает школьников на ночные экскурсии.",
  ),
  "content/ru/blog/telescope-body.md": article(
    { title: "Ночь в горах", tags: ["Наука"], ...hero },
    "Мы взяли телескоп в горы. Телескоп тяжёлый, но телескоп того стоил: в телескоп видно кольца Сатурна.",
  ),
  "content/en/blog/telescope-tag.md": english(
    { title: "The observatory opens its doors", tags: ["Telescope"] },
    "The observatory invites pupils to night tours.",
  ),
  "content/en/blog/telescope-body.md": english(
    { title: "A night in the mountains", tags: ["Science"] },
    "We took a telescope up the mountain. The telescope is heavy, but the telescope was worth it: through the telescope you see the rings of Saturn.",
  ),
  "content/ru/blog/module-note.md": article(
    { title: "Заметка о сборке", tags: ["Сборка"], ...hero },
    "Новый модуль сборки кэширует зависимости.",
  ),
  "content/en/blog/modal-note.md": english(
    { title: "A note on dialogs", tags: ["Interface"] },
    "The new modal dialog asks before it deletes anything.",
  ),
};

const forgiving = servedSiteSuite("search that forgives", { fixture: "search", files });

const allLanguagesBox = (page: Page) => page.locator("[data-search-all]");

/** The language label of the result linking to `url`, and the lang attributes of its title, label and excerpt. */
async function resultLanguage(page: Page, url: string): Promise<{ label: string; langs: Array<string | null> }> {
  const result = page.locator(".search-result", { has: page.locator(`h2 a[href="${url}"]`) });
  const label = await result.locator(".search-result-language").innerText();
  const langs = await Promise.all(
    ["h2", ".search-result-language", ".search-excerpt"].map((selector) => result.locator(selector).getAttribute("lang")),
  );
  return { label, langs };
}

forgiving("an English reader searching all languages finds an article that exists only in Russian, labelled «Русский»", async (context) => {
  const own = await searchPage(context, "en", "утилитами");
  assert.equal(await resultUrls(own.page), [], "the English index alone has no such article");
  const { page, errors } = await searchPage(context, "en", "утилитами", "&all=1");
  assert.equal(await resultUrls(page), ["/ru/blog/rust-tools/"]);
  assert.equal(await resultLanguage(page, "/ru/blog/rust-tools/"), { label: "Русский", langs: ["ru", "ru", "ru"] });
  assert.ok(await allLanguagesBox(page).isChecked(), "the toggle shows the state the URL asked for");
  assert.equal([...own.errors, ...errors], []);
});

forgiving("a Russian reader searching all languages finds an article that exists only in English, labelled “English”", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "warehouses", "&all=1");
  assert.equal(await resultUrls(page), ["/en/blog/warehouse-robots/"]);
  assert.equal(await resultLanguage(page, "/en/blog/warehouse-robots/"), { label: "English", langs: ["en", "en", "en"] });
  assert.equal(errors, []);
});

forgiving("each language keeps its own stemming: a Russian word form found from the English page", async (context) => {
  // «программами» is nowhere on the site; the Russian stemmer finds «программой». An index merged into the English
  // page's Pagefind would be searched with the English stemmer, and find nothing.
  const { page, errors } = await searchPage(context, "en", "программами", "&all=1");
  assert.ok((await resultUrls(page)).includes("/ru/blog/eu-rules/"), String(await resultUrls(page)));
  // …and an English word form from the Russian page: "lawmaker" for "Lawmakers".
  const russian = await searchPage(context, "ru", "lawmaker", "&all=1");
  assert.equal(await resultUrls(russian.page), ["/en/blog/eu-rules/"]);
  assert.equal([...errors, ...russian.errors], []);
});

forgiving("the toggle searches again at once, keeps its state in the URL, and survives a reload", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "Rust");
  const before = await resultUrls(page);
  assert.ok(
    before.every((url) => url.startsWith("/ru/")),
    String(before),
  );
  assert.is(await page.locator(".search-result-language").count(), 0, "one language: no labels");
  await page.getByLabel("Искать на всех языках").check();
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".search-result h2 a")].some((link) => link.getAttribute("href")?.startsWith("/en/")),
  );
  await settled(page);
  assert.is(new URL(page.url()).searchParams.get("all"), "1");
  const after = await resultUrls(page);
  assert.ok(after.includes("/en/blog/code-translation-model/"), String(after));
  await page.reload();
  await settled(page);
  assert.ok(await allLanguagesBox(page).isChecked());
  assert.equal((await resultUrls(page)).sort(), [...after].sort());
  await allLanguagesBox(page).uncheck();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("all"));
  await settled(page);
  assert.equal((await resultUrls(page)).sort(), [...before].sort());
  assert.equal(errors, []);
});

forgiving("the toggle is a field of the search form, so the no-JavaScript form sends all=1 too", async (context) => {
  const { page, errors } = await context.browser.open(`${context.server.url}/en/search/`, { javaScriptEnabled: false });
  await page.locator("[data-search-input]").fill("утилитами");
  await page.getByLabel("Search in all languages").check();
  await page.locator("form[data-search-form] button[type=submit]").click();
  await page.waitForURL(/all=1/);
  const sent = new URL(page.url()).searchParams;
  assert.equal([sent.get("q"), sent.get("all")], ["утилитами", "1"]);
  assert.equal(
    errors.filter((error) => !error.endsWith("(csp)")),
    [],
  );
});

forgiving(
  "a Russian word with a letter missing, which Pagefind alone does not find, is corrected and offered as a link",
  async (context) => {
    // «Брюсель» for «Брюссель» (a word of the article's title).
    const { page, errors } = await searchPage(context, "ru", "Брюсель");
    assert.equal((await resultUrls(page))[0], "/ru/blog/eu-rules/");
    assert.match(await status(page), /Показаны результаты по запросу «брюссель»/);
    const link = page.locator("[data-search-suggestion] a");
    assert.is(await link.innerText(), "брюссель");
    assert.match(await page.locator("[data-search-suggestion]").innerText(), /Возможно, вы имели в виду «брюссель»\?/);
    // The offer is in the live region with the count, so a screen reader announces it too.
    assert.match(
      await page.getByRole("status").innerText(),
      /Показаны результаты по запросу «брюссель»[\s\S]*Возможно, вы имели в виду «брюссель»\?/,
    );
    assert.equal(errors, []);
  },
);

forgiving("clicking the did-you-mean link runs the corrected search and keeps the all-languages choice (Russian)", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "Брюсель", "&all=1");
  await page.locator("[data-search-suggestion] a").click();
  await page.waitForURL((url) => url.searchParams.get("q") === "брюссель");
  await settled(page);
  assert.is(new URL(page.url()).searchParams.get("all"), "1");
  assert.ok(await allLanguagesBox(page).isChecked());
  assert.is(await page.locator("[data-search-input]").inputValue(), "брюссель");
  assert.not.match(await status(page), /Показаны результаты по запросу/);
  assert.ok(await page.locator("[data-search-suggestion]").isHidden());
  assert.equal(await resultUrls(page), ["/ru/blog/eu-rules/"]);
  assert.equal(errors, []);
});

forgiving("clicking the did-you-mean link runs the corrected search (English)", async (context) => {
  const { page, errors } = await searchPage(context, "en", "chatbts");
  const link = page.locator("[data-search-suggestion] a");
  assert.match(await page.locator("[data-search-suggestion]").innerText(), /Did you mean “chatbots”\?/);
  await link.click();
  await page.waitForURL((url) => url.searchParams.get("q") === "chatbots");
  await settled(page);
  assert.is(await page.locator("[data-search-input]").inputValue(), "chatbots");
  assert.equal(await resultUrls(page), ["/en/blog/eu-rules/"]);
  assert.ok(await page.locator("[data-search-suggestion]").isHidden());
  assert.equal(errors, []);
});

forgiving("a query with results of its own lists them first, then what its correction adds, and offers the correction", async (context) => {
  // «модуль» is in one article's body; «модель», one letter away, is on the card of another.
  const russian = await searchPage(context, "ru", "модуль");
  assert.equal(await resultUrls(russian.page), ["/ru/blog/module-note/", "/ru/blog/code-translation-model/"]);
  assert.match(await russian.page.locator("[data-search-suggestion]").innerText(), /«модель»/);
  assert.not.match(await status(russian.page), /Показаны результаты по запросу/);
  const english = await searchPage(context, "en", "modal");
  assert.equal(await resultUrls(english.page), ["/en/blog/modal-note/", "/en/blog/code-translation-model/"]);
  assert.match(await english.page.locator("[data-search-suggestion]").innerText(), /“model”/);
  assert.equal([...russian.errors, ...english.errors], []);
});

forgiving("a word form of a word on a card is not offered as a correction", async (context) => {
  // «модели» is one letter from «модель», but finds the same article: nothing to add, nothing to offer.
  const { page } = await searchPage(context, "ru", "модели");
  assert.ok(await page.locator("[data-search-suggestion]").isHidden());
});

forgiving("a word in a tag ranks above the same word several times in the body, in both languages", async (context) => {
  const russian = await searchPage(context, "ru", "телескоп");
  assert.equal(await resultUrls(russian.page), ["/ru/blog/telescope-tag/", "/ru/blog/telescope-body/"]);
  const english = await searchPage(context, "en", "telescope");
  assert.equal(await resultUrls(english.page), ["/en/blog/telescope-tag/", "/en/blog/telescope-body/"]);
  assert.equal([...russian.errors, ...english.errors], []);
});

forgiving.run();
