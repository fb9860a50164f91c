// One page of a category, tag, author or year list.
import { listTitle, type ArticleListPage as ListPageData } from "../../src/lists/list-pages.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { ArticleCards } from "../components/ArticleCards.tsx";
import { ListLayout } from "./ListLayout.tsx";

export function ArticleListPage({ data, listPage }: { data: TemplateData; listPage: ListPageData }) {
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
