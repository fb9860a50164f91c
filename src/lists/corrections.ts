// The corrections page of a language: where it lives and the corrected articles, the latest correction first.
import { byNewest, type Article } from "../content/articles.ts";

export function correctionsUrl(lang: string): string {
  return `/${lang}/corrections/`;
}

const latestCorrection = (article: Article): number =>
  Math.max(...article.corrections.map((correction) => Date.parse(correction.date.dateTime)));

/** The language's published articles that carry corrections; the same moment falls back to the articles' own order. */
export function correctedArticles(articles: readonly Article[], lang: string): Article[] {
  return articles
    .filter((article) => article.lang === lang && article.corrections.length > 0)
    .sort((a, b) => latestCorrection(b) - latestCorrection(a) || byNewest(a, b));
}
