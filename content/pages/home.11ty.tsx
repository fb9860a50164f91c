// The home of each language: newest articles first, ten a page, numbered pages.
import type { Article } from "../../lib/articles.ts";
import type { ListPage } from "../../lib/pagination.ts";
import { pageMeta } from "../../lib/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../lib/site-data.ts";
import { switcherLinks } from "../../lib/translations.ts";
import { fill } from "../../lib/ui-strings.ts";
import { ArticleCard } from "../../_includes/components/ArticleCard.tsx";
import { Pagination } from "../../_includes/components/Pagination.tsx";
import { Base } from "../../_includes/layouts/Base.tsx";

interface HomeData extends TemplateData {
  listPage: ListPage<Article>;
}

export const data = {
  // Every page of the list in collections.all, so the sitemap and hreflang links see page 2 onwards too.
  pagination: { data: "collections.homePages", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (data: HomeData) => data.listPage.url,
};

export default function Home(data: HomeData) {
  const { listPage } = data;
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title = listPage.pageNumber === 1 ? strings.siteName : fill(strings.pageOf, { page: listPage.pageNumber, total: listPage.totalPages });
  const homes = Object.fromEntries(data.languages.languages.map(({ code }) => [code, `/${code}/`]));
  return (
    <Base
      language={language}
      strings={strings}
      title={title}
      description={strings.siteDescription}
      switcher={switcherLinks(data.languages.languages, listPage.lang, homes)}
      inlineCss={data.inlineCss}
      meta={pageMeta(data, { lang: listPage.lang, siteName: strings.siteName, title, description: strings.siteDescription })}
    >
      <h1 class="page-title">{listPage.pageNumber === 1 ? strings.latestArticles : title}</h1>
      {listPage.items.length === 0 ? (
        <p>{strings.noArticles}</p>
      ) : (
        <ul class="card-grid">
          {listPage.items.map((article) => (
            <ArticleCard key={article.url} article={article} locale={language.locale} />
          ))}
        </ul>
      )}
      <Pagination pageNumber={listPage.pageNumber} pageUrls={listPage.pageUrls} strings={strings} />
    </Base>
  );
}
