// The search page's DOM: status line, did-you-mean link, result list, filters and "show more". Text only, never HTML.
import type { SearchPageConfig } from "../shared/page-config.ts";
import { hasFilters, searchFilterNames, type SearchState } from "../shared/query.ts";
import { fill } from "../../i18n/ui-strings.ts";
import type { FilterCounts, PagefindResultData } from "./pagefind-web.ts";
import { element, resultItem } from "./result.ts";

function part<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const node = root.querySelector<T>(`[data-search-${name}]`);
  if (!node) throw new Error(`Search page: no [data-search-${name}] element`);
  return node;
}

/** A template's text with {query} replaced by a node (a link), the rest kept as text. */
function withNode(template: string, node: Node): Array<string | Node> {
  const [before = "", ...after] = template.split("{query}");
  return [before, node, after.join("{query}")];
}

export class SearchView {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly filters: HTMLElement;
  readonly more: HTMLButtonElement;
  /** "Clear filters": shown while a filter is on. */
  readonly clearFilters: HTMLButtonElement;
  /** The all-languages checkbox; absent when no other language has articles. */
  readonly allLanguages: HTMLInputElement | null;
  private readonly suggestion: HTMLElement;
  private readonly languageNames: Map<string, string>;
  private readonly controls: HTMLElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLOListElement;

  constructor(
    root: HTMLElement,
    private readonly config: SearchPageConfig,
  ) {
    this.form = part(root, "form");
    this.input = part(root, "input");
    this.sort = part(root, "sort");
    this.filters = part(root, "filters");
    this.more = part(root, "more");
    this.clearFilters = part(root, "clear");
    this.controls = part(root, "controls");
    this.status = part(root, "status");
    this.results = part(root, "results");
    this.suggestion = part(root, "suggestion");
    this.allLanguages = root.querySelector<HTMLInputElement>("[data-search-all]");
    this.languageNames = new Map(config.indexes.map(({ lang, name }) => [lang, name]));
  }

  showState(state: SearchState): void {
    this.input.value = state.query;
    this.sort.value = state.sort;
    if (this.allLanguages) this.allLanguages.checked = state.allLanguages;
  }

  /**
   * One group per filter, its values not yet known: they come from the index's filter chunks (at 10,000 pages larger
   * than the rest of a first search together), loaded when the reader first opens a group (`onFirstOpen`).
   */
  buildFilterGroups(state: SearchState, onFirstOpen: () => void): void {
    this.filters.replaceChildren();
    for (const name of searchFilterNames) {
      const group = element("details", "search-filter");
      group.dataset.filter = name;
      group.open = state.filters[name].length > 0;
      group.append(element("summary", undefined, this.config.strings.filterLegends[name]));
      const fieldset = element("fieldset");
      fieldset.append(element("legend", "visually-hidden", this.config.strings.filterLegends[name]));
      group.append(fieldset);
      group.addEventListener("toggle", () => group.open && onFirstOpen());
      this.filters.append(group);
    }
  }

  /** The groups' checkboxes, from every value in the index, sorted; a filter no article uses is not shown. */
  fillFilters(all: FilterCounts, state: SearchState): void {
    for (const group of this.filters.querySelectorAll<HTMLDetailsElement>("details[data-filter]")) {
      const name = searchFilterNames.find((filter) => filter === group.dataset.filter);
      const fieldset = group.querySelector("fieldset");
      if (!name || !fieldset) continue;
      // A value in the URL the index lacks (a link from another language's page) is listed too, so it can be unchecked.
      const values = [...new Set([...Object.keys(all[name] ?? {}), ...state.filters[name]])].sort((a, b) =>
        a.localeCompare(b, this.config.locale),
      );
      group.hidden = values.length === 0;
      fieldset.replaceChildren(fieldset.querySelector("legend") ?? "");
      for (const value of values) {
        const label = element("label", "search-filter-value");
        const box = element("input");
        Object.assign(box, { type: "checkbox", name, value, checked: state.filters[name].includes(value) });
        label.append(box, " ", element("span", undefined, value), " ", element("span", "search-filter-count"));
        fieldset.append(label);
      }
    }
  }

  /**
   * Each value with the results it would give (engine.ts facetCounts). A value with none is hidden, unless checked: then
   * it stays, so it can be unchecked, and shows no count, since a "(0)" beside a ticked box reads as broken.
   */
  updateFilterCounts(counts: FilterCounts): void {
    for (const box of this.filters.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.closest("label");
      if (!label) continue;
      label.hidden = count === 0 && !box.checked;
      const countText = label.querySelector(".search-filter-count");
      if (countText) countText.textContent = count === 0 ? "" : `(${count})`;
    }
  }

  clear(): void {
    this.busy(false);
    this.status.textContent = "";
    this.suggestion.hidden = true;
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

  /**
   * Replaces the results with a new search's first page, saying so when it searched another query instead; controls
   * stay while a filter is on, so it can be undone.
   */
  showResults(
    state: SearchState,
    total: number,
    page: PagefindResultData[],
    counts: FilterCounts,
    hasMore: boolean,
    searchedInstead?: string,
  ): void {
    const { strings } = this.config;
    const count = fill(strings.resultCount, { count: total });
    const filtered = hasFilters(state);
    const nothing = filtered ? strings.nothingWithFilters : strings.nothingFound;
    this.status.textContent =
      total === 0
        ? fill(nothing, { query: state.query.trim() })
        : searchedInstead
          ? `${fill(strings.showingInstead, { query: searchedInstead })} ${count}`
          : count;
    this.results.replaceChildren(...page.map((result) => this.item(result, state.allLanguages)));
    this.updateFilterCounts(counts);
    this.controls.hidden = total === 0 && !filtered;
    this.clearFilters.hidden = !filtered;
    this.more.hidden = !hasMore;
  }

  /** The corrected query as a link to its own search (`href`), or nothing. */
  showSuggestion(query?: string, href?: string): void {
    this.suggestion.hidden = query === undefined;
    if (query === undefined || href === undefined) {
      this.suggestion.replaceChildren();
      return;
    }
    const link = element("a", undefined, query);
    link.href = href;
    this.suggestion.replaceChildren(...withNode(this.config.strings.didYouMean, link));
  }

  /** Adds the next page and moves focus to its first link, so keyboard readers continue where the new results start. */
  appendResults(page: PagefindResultData[], hasMore: boolean, showLanguages: boolean): void {
    const items = page.map((result) => this.item(result, showLanguages));
    this.results.append(...items);
    this.more.hidden = !hasMore;
    items[0]?.querySelector("a")?.focus();
  }

  /** With every language searched, a result names its language. */
  private item(result: PagefindResultData, showLanguage: boolean): HTMLLIElement {
    const languageName = showLanguage && this.languageNames.size > 1 && result.lang ? this.languageNames.get(result.lang) : undefined;
    return resultItem(result, this.config.locale, languageName);
  }
}
