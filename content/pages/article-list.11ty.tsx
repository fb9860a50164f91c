// Every page of every category, tag, author and year list, in every language: ten articles a page, numbered pages.
import type { ArticleListPage } from "../../src/lists/list-pages.ts";
import { listTitle } from "../../src/lists/list-pages.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { ArticleCards } from "../../_includes/components/ArticleCards.tsx";
import { ListLayout } from "../../_includes/layouts/ListLayout.tsx";

interface ArticleListData extends TemplateData {
  listPage: ArticleListPage;
}

export const data = {
  pagination: { data: "collections.articleLists", size: 1, alias: "listPage" },
  // Out of collections.all: Eleventy would keep each page's data and whole HTML there until the build ends (about a
  // third of a large site's memory). The sitemap and hreflang links read collections.articleLists instead.
  eleventyExcludeFromCollections: true,
  permalink: (data: ArticleListData) => data.listPage.url,
  eleventyComputed: { translationKey: (data: ArticleListData) => data.listPage.translationKey },
};

export default function ArticleList(data: ArticleListData) {
  const { listPage } = data;
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title = listTitle(listPage, strings);
  return (
    <ListLayout
      data={data}
      lang={listPage.lang}
      title={title}
      description={`${title}. ${strings.siteDescription}`}
      alternates={listPage.alternates}
    >
      <ArticleCards page={listPage} locale={language.locale} strings={strings} />
    </ListLayout>
  );
}
