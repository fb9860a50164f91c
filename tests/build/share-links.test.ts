// Share links under each article: a plain link per service carrying the article's address and title, labelled in the
// reader's language, with no script on the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { article, build, page, projectFile, projectRoot, removeSite, sampleHero, type BuildResult } from "../helpers/site.ts";

const strings = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(projectRoot, `_data/i18n/${lang}.json`), "utf8")) as Record<string, string>;
const titles: Record<string, string> = { ru: "Модель & «кавычки»: 50% быстрее?", en: "A model & co: 50% faster?" };

const share = suite<{ result: BuildResult }>("share links");

share.before((context) => {
  context.result = build(
    {
      files: {
        [sampleHero]: projectFile(sampleHero),
        "content/ru/blog/model.md": article({ title: titles.ru }),
        "content/en/blog/model.md": article({ title: titles.en, category: "AI News", author: "Editorial team", translatedFrom: "x" }),
      },
    },
    { SITE_URL: "https://news.test" },
  );
  assert.is(context.result.status, 0, context.result.stderr);
});
share.after((context) => removeSite(context.result));

share("each article links Telegram, VK, WhatsApp, X and e-mail with its own address and title", ({ result }) => {
  for (const lang of ["ru", "en"]) {
    const built = page(result, `/${lang}/blog/model/`);
    const url = `https://news.test/${lang}/blog/model/`;
    const title = titles[lang] ?? "";
    const section = built.querySelector("section.share-links");
    assert.ok(section, lang);
    assert.is(section?.querySelector("h2")?.textContent, strings(lang).shareHeading);
    const links = new Map(
      (section?.querySelectorAll("a") ?? []).map((link) => [link.textContent, new URL(link.getAttribute("href") ?? "")]),
    );
    const label = (key: string): string => strings(lang)[key] ?? key;
    const telegram = links.get(label("shareTelegram"));
    assert.is(telegram?.origin, "https://t.me");
    assert.is(telegram?.searchParams.get("url"), url);
    assert.is(telegram?.searchParams.get("text"), title);
    const vk = links.get(label("shareVk"));
    assert.is(vk?.hostname, "vk.com");
    assert.is(vk?.searchParams.get("url"), url);
    assert.is(vk?.searchParams.get("title"), title);
    const whatsapp = links.get(label("shareWhatsapp"));
    assert.is(whatsapp?.hostname, "wa.me");
    assert.ok(whatsapp?.searchParams.get("text")?.includes(url));
    const x = links.get(label("shareX"));
    assert.is(x?.hostname, "x.com");
    assert.is(x?.searchParams.get("url"), url);
    const email = links.get(label("shareEmail"));
    assert.is(email?.protocol, "mailto:");
    assert.is(email?.searchParams.get("subject"), title);
    assert.is(email?.searchParams.get("body"), url);
    assert.is(links.size, 5);
    assert.is(built.querySelectorAll("script:not([type='application/ld+json'])").length, 0, `${lang}: no script on the article`);
  }
});

share.run();
