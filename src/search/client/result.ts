// One search result as the page lists it: thumbnail, title link, language and date, excerpt with the matched words.
import { formatLongDate, parseCalendarDate } from "../../content/dates.ts";
import { excerptParts } from "../shared/excerpt.ts";
import type { PagefindResultData } from "./pagefind-web.ts";

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * `languageName`: shown when every language is searched; the title, label and excerpt then carry the result's `lang`,
 * so a screen reader pronounces them in their language (the date stays in the page's, as the page formats it).
 */
export function resultItem(result: PagefindResultData, locale: string, languageName?: string): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h2");
  const link = element("a", undefined, result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  const meta = element("p", "card-meta");
  const excerpt = element("p", "search-excerpt");
  if (languageName && result.lang) {
    const label = element("span", "search-result-language", languageName);
    for (const node of [heading, label, excerpt]) node.lang = result.lang;
    meta.append(label);
  }
  const date = result.meta.date ? parseCalendarDate(result.meta.date) : undefined;
  if (date) {
    const time = element("time", undefined, formatLongDate(date, locale));
    time.dateTime = result.meta.date ?? "";
    meta.append(time);
  }
  if (meta.hasChildNodes()) item.append(meta);
  excerpt.append(...excerptParts(result.excerpt).map(({ text, marked }) => (marked ? element("mark", undefined, text) : text)));
  item.append(excerpt);
  if (result.meta.image) {
    const image = element("img");
    Object.assign(image, { src: result.meta.image, alt: "", width: 160, height: 90, loading: "lazy", decoding: "async" });
    item.prepend(image);
  }
  return item;
}
