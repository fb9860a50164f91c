// Synthetic article pages for the search bench: our article markup and Pagefind attributes, words from our articles.
import { siteDate } from "../../src/content/dates.ts";
import { centerFocus } from "../../src/content/hero-focus.ts";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleIndexAttributes, filterAttribute, titleMeta, weightAttribute } from "../../src/search/metadata.ts";
import type { ArticleWords } from "../../src/search/shared/vocabulary.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A seeded generator, so every bench run indexes the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Words in their real frequencies, taken from the project's own sample articles (one entry per occurrence), so the
 * synthetic text has Russian inflections and a natural mix of common and rare words.
 */
function vocabulary(lang: string): string[] {
  const folder = path.join(projectRoot, "content", lang, "blog");
  const text = readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .map((file) =>
      readFileSync(path.join(folder, file), "utf8")
        .replace(/^---[\s\S]*?---/, "")
        .replace(/```[\s\S]*?```/g, " "),
    )
    .join(" ");
  return (text.match(/[\p{L}][\p{L}\p{N}-]*/gu) ?? []).map((word) => word.toLowerCase());
}

const syllables = "ka ro mi ta ne lo vi da ser gen tor lux bit nex qua zor fin mar tel".split(" ");

const categories = {
  ru: ["Новости ИИ", "Разработка", "Исследования", "Регулирование", "Инструменты", "Железо"],
  en: ["AI news", "Development", "Research", "Regulation", "Tools", "Hardware"],
};
const authors = ["Анна Смирнова", "Павел Орлов", "Ирина Котова", "Редакция", "Олег Ким", "Мария Лебедева", "Денис Фролов", "Ольга Белова"];

export interface SyntheticArticle {
  lang: "ru" | "en";
  url: string;
  html: string;
  /** What its card shows, for the search page's word list (words.json). */
  card: ArticleWords;
}

/** One article page of about `words` words; each article also names a few made-up products, as news does. */
function syntheticArticle(number: number, lang: "ru" | "en", next: () => number, words: number, vocabulary: string[]): SyntheticArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (): string => pick(vocabulary);
  const names = Array.from({ length: 4 }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(syllables)).join(""));
  const sentence = (): string => {
    const parts = Array.from({ length: 8 + Math.floor(next() * 10) }, () => (next() < 0.06 ? pick(names) : word()));
    const text = parts.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraphs: string[] = [];
  for (let count = 0; count < words; count += 60) paragraphs.push(`<p>${Array.from({ length: 5 }, sentence).join(" ")}</p>`);
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000);
  const published = siteDate(day, "Europe/Moscow");
  const attributes = articleIndexAttributes({
    dates: { published, modified: published },
    heroImage: `/images/bench/hero-${number}.jpg`,
    heroFocus: centerFocus,
  });
  const attr = (record: Record<string, string>): string =>
    Object.entries(record)
      .map(([name, value]) => (value === "" ? name : `${name}="${value}"`))
      .join(" ");
  const tags = [...new Set(Array.from({ length: 3 }, () => `${pick(syllables)}${pick(syllables)}`))];
  const url = `/${lang}/blog/article-${number}/`;
  const card = { title: sentence(), description: sentence(), tags, category: pick(categories[lang]), author: [pick(authors)] };
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${names[0]}</title></head><body>
<header><a href="/${lang}/">Site</a><form action="/${lang}/search/"><input name="q"></form></header><main>
<article class="prose" ${attr(attributes)}><header><h1 ${attr(titleMeta)}>${card.title}</h1>
<p class="lede" ${attr(weightAttribute("description"))}>${card.description}</p>
<ul class="article-meta"><li><span ${attr(filterAttribute("category"))}>${card.category}</span></li>
<li><span ${attr(filterAttribute("author"))}>${card.author.join(", ")}</span></li></ul></header>
${paragraphs.join("\n")}
<ul class="tag-list">${tags.map((tag) => `<li ${attr(filterAttribute("tag"))}>${tag}</li>`).join("")}</ul></article></main></body></html>`;
  return { lang, url, html, card };
}

/** `count` pages, 60% Russian and 40% English, about 400 words each. */
export function syntheticArticles(count: number, seed = 42): SyntheticArticle[] {
  const next = random(seed);
  const words = { ru: vocabulary("ru"), en: vocabulary("en") };
  return Array.from({ length: count }, (_, index) => {
    const lang = index % 5 < 3 ? "ru" : "en";
    return syntheticArticle(index + 1, lang, next, 400, words[lang]);
  });
}
