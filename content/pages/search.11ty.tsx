// The search page of each language: a plain GET form that works without JavaScript, and the one script of the site.
import { footerLinks } from "../../src/render/footer.ts";
import type { Language } from "../../src/content/languages.ts";
import { pageMeta } from "../../src/seo/page-meta.ts";
import { searchIndexes, searchPageConfig } from "../../src/search/page-data.ts";
import { pagefindModuleUrl, pagefindWasmUrl, searchScriptUrl } from "../../src/search/shared/page-config.ts";
import { allLanguagesParam, searchSorts, type SearchSort } from "../../src/search/shared/query.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { switcherLinks } from "../../src/i18n/translations.ts";
import type { UiKey } from "../../src/i18n/ui-strings.ts";
import { Base } from "../../_includes/layouts/Base.tsx";

interface SearchData extends TemplateData {
  searchLanguage: Language;
}

export const data = {
  // Every language's search page is a page of the site (sitemap, hreflang); its canonical URL is the bare one, so the
  // ?q= results a reader lands on never compete with articles in search engines.
  pagination: { data: "languages.languages", size: 1, alias: "searchLanguage", addAllPagesToCollections: true },
  permalink: (data: SearchData) => `/${data.searchLanguage.code}/search/`,
};

const sortLabels: Record<SearchSort, UiKey> = {
  relevance: "searchOrderRelevance",
  newest: "searchOrderNewest",
  oldest: "searchOrderOldest",
};

export default function SearchPage(data: SearchData) {
  const lang = data.searchLanguage.code;
  const { language, strings } = pageLanguage(data, lang);
  const withArticles = new Set(data.collections.articles.map((article) => article.lang));
  const indexes = searchIndexes(lang, data.languages.languages, data.collections.articles, data.synonyms);
  const searchPages = Object.fromEntries(data.languages.languages.map(({ code }) => [code, `/${code}/search/`]));
  const head = (
    <>
      <link rel="modulepreload" href={pagefindModuleUrl} />
      {/* Pagefind fetches it with fetch(), so a preload as="fetch" with CORS credentials is what it finds. */}
      {withArticles.has(lang) && <link rel="preload" href={pagefindWasmUrl(lang)} as="fetch" crossorigin="anonymous" />}
      <script type="module" src={searchScriptUrl}></script>
    </>
  );
  return (
    <Base
      language={language}
      strings={strings}
      title={strings.searchTitle}
      description={strings.siteDescription}
      switcher={switcherLinks(data.languages.languages, lang, searchPages)}
      inlineCss={data.inlineCss}
      footerLinks={footerLinks(data, lang)}
      head={head}
      meta={pageMeta(data, { lang, siteName: strings.siteName, title: strings.searchTitle, description: strings.siteDescription })}
    >
      <div class="search-page" data-search={JSON.stringify(searchPageConfig(strings, language.locale, indexes, data.categories))}>
        <h1 class="page-title" id="search-title">
          {strings.searchTitle}
        </h1>
        {/* Labelled by the heading: two search landmarks on one page need different names (the header's is "search the site"). */}
        {/* biome-ignore lint/a11y/useSemanticElements: as in Header.tsx, role="search" on the form is the landmark. */}
        <form class="search-box" role="search" aria-labelledby="search-title" action={`/${lang}/search/`} method="get" data-search-form>
          <div class="search-box-field">
            <label class="visually-hidden" for="search-query">
              {strings.searchLabel}
            </label>
            <input id="search-query" type="search" name="q" autocomplete="off" data-search-input />
            <button type="submit">{strings.searchButton}</button>
          </div>
          {/* A form field, so the choice travels in the URL (?all=1): it survives reload, back and sharing. */}
          {indexes.length > 1 && (
            <label class="search-all-languages">
              <input type="checkbox" name={allLanguagesParam} value="1" data-search-all /> {strings.searchAllLanguages}
            </label>
          )}
        </form>
        <noscript>
          <p class="notice">
            {strings.searchNoScript} <a href={`/${lang}/`}>{strings.backHome}</a>
          </p>
        </noscript>
        <div class="search-results-area">
          {/* One live region for both lines, so a screen reader hears the "did you mean" offer with the count. */}
          <div role="status">
            <p class="search-status" data-search-status></p>
            <p class="search-suggestion" hidden data-search-suggestion></p>
          </div>
          <div class="search-controls" hidden data-search-controls>
            <label class="search-order">
              {strings.searchOrder}{" "}
              <select name="sort" data-search-sort>
                {searchSorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {strings[sortLabels[sort]]}
                  </option>
                ))}
              </select>
            </label>
            <div class="search-filters" data-search-filters></div>
            <button type="button" class="search-clear" hidden data-search-clear>
              {strings.searchClearFilters}
            </button>
          </div>
          <ol class="search-results" data-search-results></ol>
          <button type="button" class="search-more" hidden data-search-more>
            {strings.searchMore}
          </button>
        </div>
      </div>
    </Base>
  );
}
