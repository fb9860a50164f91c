// The search page's DOM: status line, result list, filter checkboxes and the "show more" button. Text only, never HTML.
import { formatLongDate, parseCalendarDate } from "../../lib/dates.ts";
import { excerptParts } from "../../lib/search-excerpt.ts";
import type { SearchPageConfig } from "../../lib/search-page.ts";
import { hasFilters, searchFilterNames, type SearchState } from "../../lib/search-query.ts";
import { fill } from "../../lib/ui-strings.ts";
import type { FilterCounts, PagefindResultData } from "./pagefind-web.ts";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function part<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const node = root.querySelector<T>(`[data-search-${name}]`);
  if (!node) throw new Error(`Search page: no [data-search-${name}] element`);
  return node;
}

export class SearchView {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly filters: HTMLElement;
  readonly more: HTMLButtonElement;
  private readonly controls: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLOListElement;

  constructor(root: HTMLElement, private readonly config: SearchPageConfig) {
    this.form = part(root, "form");
    this.input = part(root, "input");
    this.sort = part(root, "sort");
    this.filters = part(root, "filters");
    this.more = part(root, "more");
    this.controls = part(root, "controls");
    this.status = part(root, "status");
    this.results = part(root, "results");
  }

  showState(state: SearchState): void {
    this.input.value = state.query;
    this.sort.value = state.sort;
  }

  /** One group of checkboxes per filter, built once from every value in the index; searches only update counts. */
  buildFilters(all: FilterCounts, state: SearchState): void {
    for (const name of searchFilterNames) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, this.config.locale));
      if (values.length === 0) continue;
      const group = element("details", "search-filter");
      group.open = state.filters[name].length > 0;
      group.append(element("summary", undefined, this.config.strings.filterLegends[name]));
      const fieldset = element("fieldset");
      fieldset.append(element("legend", "visually-hidden", this.config.strings.filterLegends[name]));
      for (const value of values) {
        const label = element("label", "search-filter-value");
        const box = element("input");
        Object.assign(box, { type: "checkbox", name, value, checked: state.filters[name].includes(value) });
        label.append(box, " ", element("span", undefined, value), " ", element("span", "search-filter-count"));
        fieldset.append(label);
      }
      group.append(fieldset);
      this.filters.append(group);
    }
  }

  /** Values with no result in this search are hidden, unless checked (so they can be unchecked). */
  private updateFilterCounts(counts: FilterCounts): void {
    for (const box of this.filters.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.closest("label");
      if (!label) continue;
      label.hidden = count === 0 && !box.checked;
      const countText = label.querySelector(".search-filter-count");
      if (countText) countText.textContent = `(${count})`;
    }
  }

  clear(): void {
    this.busy(false);
    this.status.textContent = "";
    this.results.replaceChildren();
    this.controls.hidden = true;
    this.more.hidden = true;
  }

  busy(isBusy: boolean): void {
    this.results.setAttribute("aria-busy", String(isBusy));
  }

  unavailable(): void {
    this.clear();
    this.status.textContent = this.config.strings.unavailable;
  }

  /** Replaces the results with a new search's first page (saying so when it searched a corrected query instead); controls stay while a filter is on, so it can be undone. */
  showResults(state: SearchState, total: number, page: PagefindResultData[], counts: FilterCounts, hasMore: boolean, searchedInstead?: string): void {
    const { strings } = this.config;
    const count = fill(strings.resultCount, { count: total });
    this.status.textContent =
      total === 0
        ? fill(strings.nothingFound, { query: state.query.trim() })
        : searchedInstead
          ? `${fill(strings.showingInstead, { query: searchedInstead })} ${count}`
          : count;
    this.results.replaceChildren(...page.map((result) => this.resultItem(result)));
    this.updateFilterCounts(counts);
    this.controls.hidden = total === 0 && !hasFilters(state);
    this.more.hidden = !hasMore;
  }

  /** Adds the next page and moves focus to its first link, so keyboard readers continue where the new results start. */
  appendResults(page: PagefindResultData[], hasMore: boolean): void {
    const items = page.map((result) => this.resultItem(result));
    this.results.append(...items);
    this.more.hidden = !hasMore;
    items[0]?.querySelector("a")?.focus();
  }

  private resultItem(result: PagefindResultData): HTMLLIElement {
    const item = element("li", "search-result");
    const heading = element("h2");
    const link = element("a", undefined, result.meta.title ?? result.url);
    link.href = result.url;
    heading.append(link);
    item.append(heading);
    const date = result.meta.date ? parseCalendarDate(result.meta.date) : undefined;
    if (date) {
      const time = element("time", undefined, formatLongDate(date, this.config.locale));
      time.dateTime = result.meta.date ?? "";
      const meta = element("p", "card-meta");
      meta.append(time);
      item.append(meta);
    }
    const excerpt = element("p", "search-excerpt");
    excerpt.append(...excerptParts(result.excerpt).map(({ text, marked }) => (marked ? element("mark", undefined, text) : text)));
    item.append(excerpt);
    if (result.meta.image) {
      const image = element("img");
      Object.assign(image, { src: result.meta.image, alt: "", width: 160, height: 90, loading: "lazy", decoding: "async" });
      item.prepend(image);
    }
    return item;
  }
}
