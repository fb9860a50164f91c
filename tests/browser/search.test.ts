// Search in real Chromium over a built fixture site: word forms, languages, filters, sort, hostile queries, keyboard.
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { servedSiteSuite } from "../helpers/browser.ts";
import { resultUrls, searchPage, settled, status } from "../helpers/search-page.ts";
import { article, page as builtPage } from "../helpers/site.ts";

// Twelve short notes on top of the fixture's articles, so a query can have more than one page of results.
const notes = Object.fromEntries(
  Array.from({ length: 12 }, (_, index) => [
    `content/ru/blog/note-${index + 1}.md`,
    article(
      {
        title: `Заметка номер ${index + 1}`,
        pubDate: `2025-12-${String(index + 1).padStart(2, "0")}`,
        heroImage: "/images/search/hero.png",
        category: "Заметки",
      },
      "Короткая заметка редакции о погоде в серверной.",
    ),
  ]),
);

const search = servedSiteSuite("search in the browser", { fixture: "search", files: notes });

const resultDates = (page: Page): Promise<string[]> =>
  page.locator(".search-result time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));

search("a Russian query in another word form finds the article: «модели» finds «модель»", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "модели");
  assert.equal(await resultUrls(page), ["/ru/blog/code-translation-model/"]);
  assert.match(await page.locator(".search-result mark").first().innerText(), /^модель/i);
  assert.equal(errors, []);
});

search("an English query finds the English translation and never the Russian page", async (context) => {
  const { page, errors } = await searchPage(context, "en", "model");
  assert.equal(await resultUrls(page), ["/en/blog/code-translation-model/"]);
  const english = await searchPage(context, "en", "модель");
  assert.equal(await resultUrls(english.page), []);
  assert.equal([...errors, ...english.errors], []);
});

search("a Russian query finds the Russian article and never its English translation", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "модель");
  assert.equal(await resultUrls(page), ["/ru/blog/code-translation-model/"]);
  const russian = await searchPage(context, "ru", "model");
  assert.equal(await resultUrls(russian.page), []);
  assert.equal([...errors, ...russian.errors], []);
});

search("a query that matches only a tag finds the article, in both languages", async (context) => {
  // The article's text says «регуляторы» / "lawmakers"; only its tag says «Регулирование» / "Policy".
  const russian = await searchPage(context, "ru", "Регулирование");
  assert.equal(await resultUrls(russian.page), ["/ru/blog/eu-rules/"]);
  const english = await searchPage(context, "en", "policy");
  assert.equal(await resultUrls(english.page), ["/en/blog/eu-rules/"]);
  assert.equal([...russian.errors, ...english.errors], []);
});

search("synonyms from _data/synonyms.json: an abbreviation finds the full form, and the reverse (Russian)", async (context) => {
  // The articles say «Евросоюз» and «искусственный интеллект», never «ЕС» or «ИИ».
  const eu = await searchPage(context, "ru", "ЕС");
  assert.ok((await resultUrls(eu.page)).includes("/ru/blog/eu-rules/"), "ЕС → Евросоюз");
  const ai = await searchPage(context, "ru", "ИИ");
  assert.ok((await resultUrls(ai.page)).includes("/ru/blog/school-essays/"), "ИИ → искусственный интеллект");
  // «LLM» is a tag of the model article, which never says «языковая модель».
  const llm = await searchPage(context, "ru", "языковая модель");
  assert.ok((await resultUrls(llm.page)).includes("/ru/blog/code-translation-model/"), "языковая модель → LLM");
  assert.equal([...eu.errors, ...ai.errors, ...llm.errors], []);
});

search("synonyms from _data/synonyms.json: an abbreviation finds the full form, and the reverse (English)", async (context) => {
  const eu = await searchPage(context, "en", "EU");
  assert.equal(await resultUrls(eu.page), ["/en/blog/eu-rules/"]);
  const ai = await searchPage(context, "en", "AI");
  assert.ok((await resultUrls(ai.page)).includes("/en/blog/school-essays/"), "AI → artificial intelligence");
  // «CI» is a tag of the agents article, which never says "continuous integration".
  const ci = await searchPage(context, "en", "continuous integration");
  assert.equal((await resultUrls(ci.page))[0], "/en/blog/ci-agents/");
  assert.equal([...eu.errors, ...ai.errors, ...ci.errors], []);
});

search("a query typed in the wrong keyboard layout finds what the intended word finds, and says so (Russian)", async (context) => {
  // «ntcns» is «тесты» typed with the Latin layout on; nothing on the site contains «ntcns».
  const { page, errors } = await searchPage(context, "ru", "ntcns");
  assert.equal((await resultUrls(page))[0], "/ru/blog/code-translation-model/");
  assert.match(await status(page), /Показаны результаты по запросу «тесты»/);
  assert.is(await page.locator("[data-search-input]").inputValue(), "ntcns");
  assert.equal(errors, []);
});

search("a query typed in the wrong keyboard layout finds what the intended word finds, and says so (English)", async (context) => {
  // «ьщвуд» is "model" typed with the Russian layout on.
  const { page, errors } = await searchPage(context, "en", "ьщвуд");
  assert.equal(await resultUrls(page), ["/en/blog/code-translation-model/"]);
  assert.match(await status(page), /Showing results for “model”/);
  assert.equal(errors, []);
});

search("a query with results as typed is not switched to the other layout", async (context) => {
  const { page } = await searchPage(context, "ru", "модели");
  assert.not.match(await status(page), /Показаны результаты по запросу/);
});

search("a keyboard-layout guess whose words appear nowhere is not shown: junk typed in either layout finds nothing", async (context) => {
  // «qwertyuiop» in the Russian layout is «йцукенгшщз»; Pagefind answers an unknown word with the longest prefix it knows
  // (here a one-letter word such as «и»), which is no reason to claim the reader meant it.
  for (const [lang, query, nothing] of [
    ["ru", "qwertyuiop", /ничего не найдено/],
    ["en", "йцукенгшщз", /Nothing found/],
  ] as const) {
    const { page, errors } = await searchPage(context, lang, query);
    assert.equal(await resultUrls(page), [], `${lang}: ${query}`);
    assert.match(await status(page), nothing);
    assert.equal(errors, []);
  }
});

search("a typed query whose words appear nowhere finds nothing, though Pagefind falls back to a one-letter word", async (context) => {
  // Pagefind answers «кщзщщщ» with the pages containing «к», and "azzqx" with those containing "a".
  for (const [lang, query, nothing] of [
    ["ru", "кщзщщщ", /ничего не найдено/],
    ["en", "azzqx", /Nothing found/],
  ] as const) {
    const { page, errors } = await searchPage(context, lang, query);
    assert.equal(await resultUrls(page), [], `${lang}: ${query}`);
    assert.match(await status(page), nothing);
    assert.equal(errors, []);
  }
});

search("an English word with one letter missing finds the article, and the page says what it searched for", async (context) => {
  // "chatbots" with a letter missing finds nothing as typed: the page searches the corrected word and says so.
  const english = await searchPage(context, "en", "chatbts");
  assert.equal(await resultUrls(english.page), ["/en/blog/eu-rules/"]);
  assert.match(await status(english.page), /Showing results for “chatbots”/);
  assert.equal(english.errors, []);
});

search("a result shows the article's title, date, thumbnail and an excerpt with the matched word", async (context) => {
  const { page } = await searchPage(context, "ru", "черновик");
  const result = page.locator(".search-result").first();
  assert.is(await result.locator("h2").innerText(), "Новая модель переводит код между языками программирования");
  assert.is(await result.locator("time").innerText(), "10 марта 2026 г.");
  // The hero's small WebP, which the image pipeline publishes under a name of digits.
  assert.match((await result.locator("img").getAttribute("src")) ?? "", /^\/images\/thumbs\/\d+\.webp$/);
  assert.match(await result.locator("mark").first().innerText(), /черновик/i);
});

search("excerpts are the article's own text, never its title, description, category and author run together", async (context) => {
  const { page, errors } = await context.browser.open(`${context.server.url}/ru/search/`);
  // Words only: Pagefind ends each block of its text with a full stop («Что меняется.» for a heading).
  const spaces = (text: string): string =>
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(" ");
  for (const [lang, query] of [
    ["ru", "модели"],
    ["ru", "Rust"],
    ["ru", "сборки"],
    ["en", "chatbots"],
    ["en", "Rust"],
  ] as const) {
    await page.goto(`${context.server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const results = await page.locator(".search-result").evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector("h2 a")?.getAttribute("href") ?? "",
        excerpt: item.querySelector(".search-excerpt")?.textContent ?? "",
      })),
    );
    assert.ok(results.length > 0, `«${query}» found nothing`);
    for (const { url, excerpt } of results) {
      const body = spaces(builtPage(context.site, url).querySelector(".article-body")?.structuredText ?? "");
      const words = spaces(excerpt);
      assert.ok(body.includes(words), `«${query}» → ${url}: the excerpt «${excerpt}» is not the article's text`);
    }
  }
  assert.equal(errors, []);
});

search("a match only in the title or the tags shows the article's description as its excerpt", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "Регулирование");
  assert.equal(await resultUrls(page), ["/ru/blog/eu-rules/"]);
  const description = builtPage(context.site, "/ru/blog/eu-rules/").querySelector(".lede")?.text.trim();
  assert.is(await page.locator(".search-excerpt").innerText(), description);
  assert.equal(errors, []);
});

search("the language switcher leads to the same search in the other language, its category under that language's name", async (context) => {
  const params = `&sort=newest&category=${encodeURIComponent("Разработка")}&tag=Rust`;
  const { page, errors } = await searchPage(context, "ru", "инструмент", params);
  const english = (): Promise<URL> =>
    page
      .locator('.language-switcher a[hreflang="en"]')
      .getAttribute("href")
      .then((href) => new URL(href ?? "", context.server.url));
  const first = await english();
  assert.is(first.pathname, "/en/search/");
  assert.is(first.searchParams.get("q"), "инструмент");
  assert.is(first.searchParams.get("sort"), "newest");
  assert.equal(first.searchParams.getAll("category"), ["Development"]);
  assert.equal(first.searchParams.getAll("tag"), ["Rust"]);
  await page.locator("[data-search-input]").fill("model");
  await page.locator("[data-search-input]").press("Enter");
  await settled(page);
  assert.is((await english()).searchParams.get("q"), "model");
  // The English page keeps the filters it was given, listed so they can be unchecked.
  await page.goto((await english()).href);
  await settled(page);
  await page.locator("summary", { hasText: "Category" }).click();
  assert.ok(await page.getByLabel("Development").isChecked());
  assert.equal(errors, []);
});

/** The filter values a reader sees, as "✓ Агенты (1)" for a ticked one. */
const shownValues = (page: Page, filter?: string): Promise<string[]> =>
  page
    .locator(`details${filter ? `[data-filter=${filter}]` : ""} .search-filter-value`)
    .evaluateAll((labels) =>
      labels
        .filter((label) => label.checkVisibility())
        .map((label) => `${label.querySelector("input")?.checked ? "✓ " : ""}${(label.textContent ?? "").replace(/\s+/g, " ").trim()}`),
    );

search("a ticked filter keeps listing the values that would widen it, each counted without the filter's own choice", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "инструмент");
  await page.locator("summary", { hasText: "Рубрика" }).click();
  await page.locator(".search-filter-count", { hasText: "(2)" }).first().waitFor();
  const before = await shownValues(page, "category");
  await page.getByLabel("Разработка").check();
  await settled(page);
  assert.is((await resultUrls(page)).length, 2);
  // The other categories of the four results are still there, with the same counts: ticking one adds their results.
  const listed = await shownValues(page, "category");
  assert.equal(
    listed,
    before.map((value) => (value.startsWith("Разработка") ? `✓ ${value}` : value)),
  );
  assert.ok(listed.length >= 2, `other categories are listed: ${listed.join(", ")}`);
  const other = listed.find((value) => !value.startsWith("✓"));
  const otherName = other?.replace(/ \(\d+\)$/, "") ?? "";
  await page.locator(`input[name=category][value="${otherName}"]`).check();
  await settled(page);
  const widened = Number(/\((\d+)\)$/.exec(other ?? "")?.[1]);
  assert.is((await resultUrls(page)).length, 2 + widened, `Разработка or ${otherName}`);
  assert.equal(errors, []);
});

search(
  "no filter value is ever listed as (0): a ticked value the query no longer finds shows no count, and Clear filters undoes them",
  async (context) => {
    const { page, errors } = await searchPage(context, "ru", "агенты");
    for (const summary of await page.locator("details.search-filter summary").all()) await summary.click();
    await page.getByLabel("Агенты").check();
    await settled(page);
    await page.locator("input[name=tag][value=CI]").check();
    await settled(page);
    assert.equal(await resultUrls(page), ["/ru/blog/ci-agents/"]);
    for (const query of ["перевод", "модели", "ЕС"]) {
      await page.locator("[data-search-input]").fill(query);
      await page.locator("[data-search-input]").press("Enter");
      await settled(page);
      assert.equal(await resultUrls(page), [], query);
      const shown = await shownValues(page);
      assert.equal(
        shown.filter((value) => value.includes("(0)")),
        [],
        `${query}: ${shown.join(", ")}`,
      );
      assert.ok(shown.includes("✓ Агенты") && shown.includes("✓ CI"), `${query}: the ticked values stay, to be unticked`);
      assert.is(await status(page), `По запросу «${query}» с выбранными фильтрами ничего не найдено.`);
    }
    const clear = page.getByRole("button", { name: "Снять фильтры" });
    await clear.click();
    await settled(page);
    assert.ok((await resultUrls(page)).includes("/ru/blog/eu-rules/"), "ЕС without filters");
    assert.equal(new URL(page.url()).searchParams.getAll("tag"), []);
    assert.not.ok(await clear.isVisible());
    assert.ok(await page.locator("[data-search-input]").evaluate((input) => input === document.activeElement));
    // All languages on, from the English page: no "(0)" either, and the English wording.
    const english = await searchPage(context, "en", "essay", `&all=1&category=${encodeURIComponent("Development")}`);
    assert.equal(await resultUrls(english.page), []);
    await english.page.locator("details.search-filter").evaluateAll((groups) => {
      for (const group of groups) (group as HTMLDetailsElement).open = true;
    });
    // The category that has the essay is offered with its count: the way to results.
    assert.equal(await shownValues(english.page, "category"), ["Analysis (1)", "✓ Development"]);
    assert.is(await status(english.page), "Nothing found for “essay” with these filters.");
    assert.equal(
      (await shownValues(english.page)).filter((value) => value.includes("(0)")),
      [],
    );
    assert.equal([...errors, ...english.errors], []);
  },
);

search("a filter narrows the results, and the URL keeps it", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "инструмент");
  assert.is((await resultUrls(page)).length, 4);
  await page.locator("summary", { hasText: "Рубрика" }).click();
  await page.getByLabel("Разработка").check();
  await settled(page);
  assert.equal((await resultUrls(page)).sort(), ["/ru/blog/ci-agents/", "/ru/blog/rust-tools/"]);
  assert.equal(new URL(page.url()).searchParams.getAll("category"), ["Разработка"]);
  assert.equal(errors, []);
});

search("filter values are fetched when the reader opens a filter, not for the first results, and then counted", async (context) => {
  const browserContext = await context.browser.browser.newContext();
  const fetched: string[] = [];
  browserContext.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const page = await browserContext.newPage();
  await page.goto(`${context.server.url}/ru/search/?q=${encodeURIComponent("инструмент")}`);
  await settled(page);
  assert.is((await resultUrls(page)).length, 4);
  assert.equal(
    fetched.filter((file) => file.includes("/pagefind/filter/")),
    [],
  );
  assert.not.ok(fetched.includes("/pagefind/pagefind-worker.js"), "Pagefind runs on the page, without its worker");
  await page.locator("summary", { hasText: "Рубрика" }).click();
  const development = page.locator("label.search-filter-value", { hasText: "Разработка" });
  await development.locator(".search-filter-count", { hasText: "(2)" }).waitFor();
  assert.ok(fetched.some((file) => file.includes("/pagefind/filter/")));
  await browserContext.close();
});

search("results are sorted by date when asked, newest or oldest first", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "инструмент");
  await page.getByLabel("Порядок").selectOption("newest");
  await settled(page);
  const newest = await resultDates(page);
  assert.equal(newest, ["2026-04-02", "2026-03-10", "2026-02-20", "2026-01-15"]);
  await page.getByLabel("Порядок").selectOption("oldest");
  await settled(page);
  assert.equal(await resultDates(page), [...newest].reverse());
  assert.equal(errors, []);
});

search("filters and sort in the URL apply on arrival", async (context) => {
  const url = `${context.server.url}/ru/search/?q=${encodeURIComponent("инструмент")}&sort=oldest&category=${encodeURIComponent("Разработка")}`;
  const { page, errors } = await context.browser.open(url);
  await settled(page);
  assert.equal(await resultUrls(page), ["/ru/blog/ci-agents/", "/ru/blog/rust-tools/"]);
  assert.ok(await page.getByLabel("Разработка").isChecked());
  assert.equal(errors, []);
});

search("a query with no match says so in the page's language", async (context) => {
  const russian = await searchPage(context, "ru", "жирафы");
  assert.match(await status(russian.page), /«жирафы».*ничего не найдено/);
  const english = await searchPage(context, "en", "giraffes");
  assert.match(await status(english.page), /Nothing found for “giraffes”/);
  assert.equal([...russian.errors, ...english.errors], []);
});

search("titles and text with markup characters are shown as text", async (context) => {
  const { page } = await searchPage(context, "ru", "теги");
  const titles = await page.locator(".search-result h2").allInnerTexts();
  assert.ok(titles.includes("Вопросы и ответы: Q&A о тегах <b> и «кавычках» в заголовках"), String(titles));
  assert.is(await page.locator(".search-results b").count(), 0);
});

const hostileQueries = [
  '"модель"',
  'модель "',
  '<img src=x onerror="window.__injected=1">',
  "<script>window.__injected=1</script>",
  "</ol><h1>вставка</h1>",
  "модель 🤖",
  "🤖🧠",
  "модель ".repeat(143).slice(0, 1000),
  "щ".repeat(1000),
];

search("quotes, HTML tags, emoji and 1,000 characters neither break the page nor inject markup", async (context) => {
  // The first query arrives through the URL, the others through the page's field: both ways in are covered.
  const [first = ""] = hostileQueries;
  const { page, errors } = await searchPage(context, "ru", first);
  for (const query of hostileQueries) {
    if (query !== first) {
      await page.locator("[data-search-input]").fill(query);
      await page.keyboard.press("Enter");
      await settled(page);
    }
    assert.is(await page.locator("[data-search-input]").inputValue(), query);
    assert.is(new URL(page.url()).searchParams.get("q"), query);
    assert.ok((await status(page)).length > 0, query);
    assert.is(await page.evaluate(() => (window as { __injected?: number }).__injected), undefined, query);
    assert.is(await page.locator("main img[src='x'], main script, main h1").count(), 1, query); // the page's own h1 only
  }
  assert.equal(errors, []);
});

search("«Show more» adds the next results and moves the focus to the first new one", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "заметка");
  assert.match(await status(page), /12/);
  assert.is((await resultUrls(page)).length, 10);
  await page.locator("[data-search-more]").click();
  await page.waitForFunction(() => document.querySelectorAll(".search-result").length === 12);
  assert.ok(await page.locator("[data-search-more]").isHidden());
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  assert.is(focused, (await resultUrls(page))[10]);
  assert.equal(errors, []);
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached in ${limit} presses of Tab`);
}

search("with the keyboard alone: the header field, Enter, then Tab to a result and open it", async (context) => {
  const { page, errors } = await context.browser.open(`${context.server.url}/ru/blog/ci-agents/`);
  await tabTo(page, "#site-search");
  await page.keyboard.type("модели");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/ru\/search\/\?q=/);
  await settled(page);
  assert.is(new URL(page.url()).searchParams.get("q"), "модели");
  await tabTo(page, ".search-result a");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/ru\/blog\/code-translation-model\/$/);
  assert.equal(errors, []);
});

search("the search field of the search page runs a new query without leaving the page", async (context) => {
  const { page, errors } = await searchPage(context, "ru", "жирафы");
  await page.locator("[data-search-input]").fill("сборки");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".search-result").length > 0);
  await settled(page);
  assert.equal((await resultUrls(page)).sort(), ["/ru/blog/ci-agents/", "/ru/blog/code-translation-model/"]);
  assert.is(new URL(page.url()).searchParams.get("q"), "сборки");
  assert.equal(errors, []);
});

search("without JavaScript the search page explains itself and keeps a working form", async (context) => {
  const url = `${context.server.url}/ru/search/?q=${encodeURIComponent("модели")}`;
  const { page, errors } = await context.browser.open(url, { javaScriptEnabled: false });
  assert.match(await page.locator("main .notice").innerText(), /JavaScript/);
  assert.is(await page.locator("form[data-search-form]").getAttribute("action"), "/ru/search/");
  assert.is(await page.locator(".search-result").count(), 0);
  // Playwright turns JavaScript off through CSP, which also blocks the page's module preload: expected here.
  assert.equal(
    errors.filter((error) => !error.endsWith("(csp)")),
    [],
  );
});

search("when the index cannot be loaded, the page says search is unavailable", async (context) => {
  const browserContext = await context.browser.browser.newContext();
  await browserContext.route("**/pagefind/**", (route) => route.fulfill({ status: 404, body: "" }));
  const page = await browserContext.newPage();
  await page.goto(`${context.server.url}/ru/search/?q=${encodeURIComponent("модели")}`);
  await settled(page);
  assert.match(await status(page), /Поиск сейчас недоступен/);
  assert.is(await page.locator(".search-result").count(), 0);
  await browserContext.close();
});

search.run();
