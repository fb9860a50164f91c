// One page of a category, tag, author or year list; a declared author's first page leads with their profile.
import { listTitle, type ArticleListPage as ListPageData } from "../../src/lists/list-pages.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { findAuthor } from "../../src/content/authors.ts";
import { authorProfilePage } from "../../src/seo/json-ld.ts";
import { ArticleCards } from "../components/ArticleCards.tsx";
import { AuthorProfile } from "../components/AuthorProfile.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { ListLayout } from "./ListLayout.tsx";

export function ArticleListPage({ data, listPage }: { data: TemplateData; listPage: ListPageData }) {
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title = listTitle(listPage, strings);
  const author =
    listPage.kind === "author" && listPage.pageNumber === 1 ? findAuthor(data.authors ?? [], listPage.lang, listPage.name) : undefined;
  return (
    <ListLayout
      data={data}
      lang={listPage.lang}
      title={title}
      description={author?.bio?.[listPage.lang] ?? `${title}. ${strings.siteDescription}`}
      alternates={listPage.alternates}
      head={author && <JsonLd data={authorProfilePage(author, listPage.lang, { siteUrl: data.site.url, authors: data.authors })} />}
    >
      {author && <AuthorProfile author={author} lang={listPage.lang} linksLabel={strings.authorLinks} />}
      <ArticleCards page={listPage} locale={language.locale} strings={strings} />
    </ListLayout>
  );
}
