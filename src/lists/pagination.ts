// Numbered list pages: /ru/, /ru/page/2/, …; one shape for the home and every other list.

export interface ListPage<T> {
  lang: string;
  /** 1-based. */
  pageNumber: number;
  totalPages: number;
  items: T[];
  url: string;
  /** URLs of every page of this list, in order, for numbered links. */
  pageUrls: string[];
}

/**
 * @example pageUrl("/ru/", 1) // => "/ru/"
 * @example pageUrl("/ru/", 3) // => "/ru/page/3/"
 */
export function pageUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

/** Splits a list into pages of `size`; an empty list still gets one (empty) page so its URL exists. */
export function paginate<T>(items: T[], size: number, lang: string, baseUrl: string): ListPage<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const pageUrls = Array.from({ length: totalPages }, (_, index) => pageUrl(baseUrl, index + 1));
  return pageUrls.map((url, index) => ({
    lang,
    pageNumber: index + 1,
    totalPages,
    items: items.slice(index * size, (index + 1) * size),
    url,
    pageUrls,
  }));
}
