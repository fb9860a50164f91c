// /<lang>/search/words.json: the words the search page corrects a misspelt query towards (src/search/shared/vocabulary.ts).
import type { Language } from "../../src/content/languages.ts";
import type { TemplateData } from "../../src/render/site-data.ts";
import { articleVocabulary, vocabularyUrl } from "../../src/search/shared/vocabulary.ts";

interface WordsData extends TemplateData {
  wordsLanguage: Language;
}

export const data = {
  pagination: { data: "builtLanguages", size: 1, alias: "wordsLanguage" },
  permalink: (data: WordsData) => vocabularyUrl(data.wordsLanguage.code),
  eleventyExcludeFromCollections: true,
};

export default function SearchWords(data: WordsData): string {
  const articles = data.collections.articles.filter((article) => article.lang === data.wordsLanguage.code);
  return JSON.stringify(articleVocabulary(articles));
}
