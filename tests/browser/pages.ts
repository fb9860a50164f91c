// One page of every page type in both languages, for the whole-site browser checks (CSP, accessibility).
export const pageTypes: Record<string, string[]> = {
  home: ["/ru/", "/en/"],
  article: ["/ru/blog/fast-code-model/", "/en/blog/fast-code-model/"],
  // The English one is a person's translation whose original was corrected since: both notices and the corrections.
  "article with a table and an image": ["/ru/blog/open-weights-benchmarks/", "/en/blog/open-weights-benchmarks/"],
  "article with notices and corrections": ["/ru/blog/rust-in-ml-tooling/", "/en/blog/agents-in-ci/", "/ru/blog/eu-ai-act-deadlines/"],
  // A featured article's lead card is on the home; a part of a series carries the series navigation.
  "part of a series": ["/ru/blog/local-models-serving/", "/en/blog/local-models-choosing/"],
  series: ["/ru/series/lokalnye-modeli/", "/en/series/local-models/"],
  "series index": ["/ru/series/", "/en/series/"],
  "not yet translated": ["/en/blog/eu-ai-act-deadlines/"],
  // Every language at once (labelled results) and a misspelt query (the did-you-mean link).
  search: ["/ru/search/?q=модели&all=1", "/en/search/?q=compakt"],
  "not found": ["/ru/404.html", "/en/404.html"],
  "list index": ["/ru/categories/", "/en/tags/"],
  category: ["/ru/categories/novosti-ii/", "/en/categories/ai-news/"],
  // A team's profile has no avatar; a person's has one (an image in the profile, above the articles).
  "tag and author": ["/ru/tags/llm/", "/en/authors/editorial-team/"],
  "author with an avatar": ["/ru/authors/anna-smirnova/", "/en/authors/ilya-korneev/"],
  archive: ["/ru/archive/", "/en/archive/2026/"],
  "publisher page": ["/ru/about/", "/en/corrections-policy/"],
  corrections: ["/ru/corrections/", "/en/corrections/"],
};

export const everyPage = Object.values(pageTypes).flat();
