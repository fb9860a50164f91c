// The index of each kind of list in each language (/ru/categories/, /ru/tags/, /ru/authors/, /ru/archive/), with counts.
import { indexTitle, type ListIndexPage } from "../../lib/list-pages.ts";
import { pageMeta } from "../../lib/page-meta.ts";
import { pageLanguage, type TemplateData } from "../../lib/site-data.ts";
import { switcherLinks } from "../../lib/translations.ts";
import { Base } from "../../_includes/layouts/Base.tsx";

interface ListIndexData extends TemplateData {
  listIndex: ListIndexPage;
}

export const data = {
  pagination: { data: "collections.listIndexes", size: 1, alias: "listIndex", addAllPagesToCollections: true },
  permalink: (data: ListIndexData) => data.listIndex.url,
};

export default function ListIndex(data: ListIndexData) {
  const { listIndex } = data;
  const { language, strings } = pageLanguage(data, listIndex.lang);
  const title = indexTitle(listIndex.kind, strings);
  const description = `${title}. ${strings.siteDescription}`;
  return (
    <Base
      language={language}
      strings={strings}
      title={title}
      description={description}
      switcher={switcherLinks(data.languages.languages, listIndex.lang, listIndex.alternates)}
      inlineCss={data.inlineCss}
      meta={pageMeta(data, { lang: listIndex.lang, siteName: strings.siteName, title, description })}
    >
      <h1 class="page-title">{title}</h1>
      {listIndex.entries.length === 0 ? (
        <p>{strings.noArticles}</p>
      ) : (
        <ul class={`list-index list-index-${listIndex.kind}`}>
          {listIndex.entries.map((entry) => (
            <li key={entry.url}>
              <a href={entry.url}>{entry.name}</a> <span class="list-count">({entry.count})</span>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
