// Every page of every category, tag, author and year list, in every language: ten articles a page, numbered pages.
import type { ArticleListPage } from "../../lib/list-pages.ts";
import { listTitle } from "../../lib/list-pages.ts";
import { pageMeta } from "../../lib/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../lib/site-data.ts";
import { switcherLinks } from "../../lib/translations.ts";
import { ArticleCard } from "../../_includes/components/ArticleCard.tsx";
import { Pagination } from "../../_includes/components/Pagination.tsx";
import { Base } from "../../_includes/layouts/Base.tsx";

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
  const description = `${title}. ${strings.siteDescription}`;
  return (
    <Base
      language={language}
      strings={strings}
      title={title}
      description={description}
      switcher={switcherLinks(data.languages.languages, listPage.lang, listPage.alternates)}
      inlineCss={data.inlineCss}
      meta={pageMeta(data, { lang: listPage.lang, siteName: strings.siteName, title, description })}
    >
      <h1 class="page-title">{title}</h1>
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
