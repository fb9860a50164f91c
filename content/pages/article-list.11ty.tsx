// Every page of every category, tag, author and year list, in every language: ten articles a page, numbered pages.
import type { ArticleListPage } from "../../lib/list-pages.ts";
import { listTitle } from "../../lib/list-pages.ts";
import { pageLanguage, type TemplateData } from "../../lib/site-data.ts";
import { ArticleCards } from "../../_includes/components/ArticleCards.tsx";
import { ListLayout } from "../../_includes/layouts/ListLayout.tsx";

interface ArticleListData extends TemplateData {
  listPage: ArticleListPage;
}

export const data = {
  // Every page in collections.all, so the sitemap and hreflang links see them all.
  pagination: { data: "collections.articleLists", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (data: ArticleListData) => data.listPage.url,
  eleventyComputed: { translationKey: (data: ArticleListData) => data.listPage.translationKey },
};

export default function ArticleList(data: ArticleListData) {
  const { listPage } = data;
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title = listTitle(listPage, strings);
  return (
    <ListLayout data={data} lang={listPage.lang} title={title} description={`${title}. ${strings.siteDescription}`} alternates={listPage.alternates}>
      <ArticleCards page={listPage} locale={language.locale} strings={strings} />
    </ListLayout>
  );
}
