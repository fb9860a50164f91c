// UI strings: the keys every _data/i18n/<lang>.json must have, and placeholder filling.

export const uiKeys = [
  "siteName",
  "siteDescription",
  "skipToContent",
  "mainNavigation",
  "languageSwitcher",
  "navHome",
  "searchLabel",
  "searchPlaceholder",
  "searchButton",
  "latestArticles",
  "published",
  "updated",
  "readingTime",
  "category",
  "tags",
  "tableOfContents",
  "author",
  "authors",
  "pagination",
  "pageOf",
  "newer",
  "older",
  "notFoundTitle",
  "notFoundText",
  "backHome",
  "noArticles",
  "shareHeading",
  "shareTelegram",
  "shareVk",
  "shareWhatsapp",
  "shareX",
  "shareEmail",
  "publisherNavigation",
  "footer",
  "redirectText",
  "untranslatedTitle",
  "untranslatedText",
  "searchTitle",
  "searchNoScript",
  "searchResultCount",
  "searchNothingFound",
  "searchNothingWithFilters",
  "searchClearFilters",
  "searchShowingInstead",
  "searchDidYouMean",
  "searchAllLanguages",
  "searchUnavailable",
  "searchOrder",
  "searchOrderRelevance",
  "searchOrderNewest",
  "searchOrderOldest",
  "searchMore",
  "navCategories",
  "navTags",
  "navAuthors",
  "navArchive",
  "categoryTitle",
  "tagTitle",
  "authorTitle",
  "authorLinks",
  "yearTitle",
  "articleNavigation",
  "previousArticle",
  "nextArticle",
  "relatedArticles",
  "translationMachine",
  "translationReviewed",
  "translationHuman",
  "readOriginal",
  "originalCorrections",
  "originalCorrected",
  "aiDrafted",
  "aiGenerated",
  "aiEditedBy",
  "aboutThisText",
  "corrections",
  "correctionsIntro",
  "correctionsNone",
  "featuredArticles",
  "seriesTitle",
  "seriesPartOf",
  "navSeries",
  "seriesParts",
  "seriesLatestPart",
  "noSeries",
  "allSeries",
] as const;

export type UiKey = (typeof uiKeys)[number];
export type UiStrings = Record<UiKey, string>;

/** "Страница {page} из {total}" with { page: 2, total: 5 } → "Страница 2 из 5". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The UI keys a TS/TSX source reads: `strings.key`, `strings?.key` or `strings["key"]` (any name ending in "strings",
 * such as uiStrings), and, in a file that names the UiKey type, quoted keys (`{ newest: "searchOrderNewest" }` typed
 * Record<…, UiKey>). A key no source reads is a dead key.
 */
export function uiKeysReadIn(source: string): Set<string> {
  const reads = [...source.matchAll(/\b\w*[sS]trings\??\.(\w+)\b|\b\w*[sS]trings\[\s*["'](\w+)["']\s*\]/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
  const typedKeys = /\bUiKey\b/.test(source) ? [...source.matchAll(/["'](\w+)["']/g)].map((match) => match[1] ?? "") : [];
  const known = new Set<string>(uiKeys);
  return new Set([...reads, ...typedKeys].filter((key) => known.has(key)));
}
