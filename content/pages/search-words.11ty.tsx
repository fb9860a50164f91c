// /search/words/<hash>.json: the words the search page corrects a misspelt query towards, in parts
// (src/search/shared/vocabulary.ts), named by their content (src/search/vocabulary-files.ts).
import type { Article } from "../../src/content/articles.ts";
import type { Language } from "../../src/content/languages.ts";
import { articleVocabulary, vocabularyFolder } from "../../src/search/shared/vocabulary.ts";
import { vocabularyFiles } from "../../src/search/vocabulary-files.ts";

interface WordsFile {
  name: string;
  words: string[];
}

/** Every file of the languages' parts, once: a part alike in two languages is one file. */
function wordFiles(articles: Article[]): WordsFile[] {
  const files = new Map<string, string[]>();
  for (const lang of [...new Set(articles.map((article) => article.lang))].sort()) {
    const vocabulary = articleVocabulary(articles.filter((article) => article.lang === lang));
    for (const [name, words] of vocabularyFiles(vocabulary).files) files.set(name, words);
  }
  return [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, words]) => ({ name, words }));
}

export const data = {
  // The parts of the languages this build renders (npm run build -- --lang).
  pagination: {
    data: "collections.articles",
    size: 1,
    alias: "wordsFile",
    before: (articles: Article[], data: { builtLanguages: Language[] }) =>
      wordFiles(articles.filter((article) => data.builtLanguages.some(({ code }) => code === article.lang))),
  },
  permalink: (data: { wordsFile: WordsFile }) => `${vocabularyFolder}${data.wordsFile.name}`,
  eleventyExcludeFromCollections: true,
};

export default function SearchWords(data: { wordsFile: WordsFile }): string {
  return JSON.stringify(data.wordsFile.words);
}
