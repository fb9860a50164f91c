// One page of a language's home: its featured articles on the first page, then the newest first, numbered pages.
import type { HomeListPage } from "../../src/lists/list-pages.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { fill } from "../../src/i18n/ui-strings.ts";
import { newsMediaOrganization } from "../../src/seo/json-ld.ts";
import { ArticleCards } from "../components/ArticleCards.tsx";
import { FeaturedArticles } from "../components/FeaturedArticles.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { ListLayout } from "./ListLayout.tsx";

export function HomePage({ data, listPage }: { data: TemplateData; listPage: HomeListPage }) {
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title =
    listPage.pageNumber === 1 ? strings.siteName : fill(strings.pageOf, { page: listPage.pageNumber, total: listPage.totalPages });
  return (
    <ListLayout
      data={data}
      lang={listPage.lang}
      title={title}
      heading={listPage.pageNumber === 1 ? strings.latestArticles : title}
      description={strings.siteDescription}
      alternates={listPage.alternates}
      head={
        listPage.pageNumber === 1 && (
          <JsonLd
            data={{
              "@context": "https://schema.org",
              ...newsMediaOrganization({
                siteUrl: data.site.url,
                siteName: strings.siteName,
                lang: listPage.lang,
                pages: data.collections.publisherPages ?? [],
              }),
            }}
          />
        )
      }
    >
      <FeaturedArticles articles={listPage.featured} locale={language.locale} strings={strings} />
      <ArticleCards page={listPage} locale={language.locale} strings={strings} cardsAbove={listPage.featured.length} />
    </ListLayout>
  );
}
