// /<lang>/search/words/<part>.json: the words the search page corrects a misspelt query towards, in parts
// (src/search/shared/vocabulary.ts).
import type { Article } from "../../src/content/articles.ts";
import type { Language } from "../../src/content/languages.ts";
import { articleVocabulary, vocabularyFolder, vocabularyParts } from "../../src/search/shared/vocabulary.ts";

interface WordsPart {
  lang: string;
  name: string;
  words: string[];
}

/** Every language's parts, from its articles' cards. */
function wordParts(articles: Article[]): WordsPart[] {
  const languages = [...new Set(articles.map((article) => article.lang))].sort();
  return languages.flatMap((lang) =>
    [...vocabularyParts(articleVocabulary(articles.filter((article) => article.lang === lang)))].map(([name, words]) => ({
      lang,
      name,
      words,
    })),
  );
}

export const data = {
  // The parts of the languages this build renders (npm run build -- --lang).
  pagination: {
    data: "collections.articles",
    size: 1,
    alias: "wordsPart",
    before: (articles: Article[], data: { builtLanguages: Language[] }) =>
      wordParts(articles.filter((article) => data.builtLanguages.some(({ code }) => code === article.lang))),
  },
  permalink: (data: { wordsPart: WordsPart }) => `${vocabularyFolder(data.wordsPart.lang)}${data.wordsPart.name}`,
  eleventyExcludeFromCollections: true,
};

export default function SearchWords(data: { wordsPart: WordsPart }): string {
  return JSON.stringify(data.wordsPart.words);
}
