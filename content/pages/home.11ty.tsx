// The home of each language: newest articles first, ten a page, numbered pages.
import type { Article } from "../../src/content/articles.ts";
import type { ListPage } from "../../src/lists/pagination.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { fill } from "../../src/i18n/ui-strings.ts";
import { ArticleCards } from "../../_includes/components/ArticleCards.tsx";
import { ListLayout } from "../../_includes/layouts/ListLayout.tsx";

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
  const title =
    listPage.pageNumber === 1 ? strings.siteName : fill(strings.pageOf, { page: listPage.pageNumber, total: listPage.totalPages });
  const homes = Object.fromEntries(data.languages.languages.map(({ code }) => [code, `/${code}/`]));
  return (
    <ListLayout
      data={data}
      lang={listPage.lang}
      title={title}
      heading={listPage.pageNumber === 1 ? strings.latestArticles : title}
      description={strings.siteDescription}
      alternates={homes}
    >
      <ArticleCards page={listPage} locale={language.locale} strings={strings} />
    </ListLayout>
  );
}
