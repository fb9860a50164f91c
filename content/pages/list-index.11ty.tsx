// The index of each kind of list in each language (/ru/categories/, /ru/tags/, /ru/authors/, /ru/archive/), with counts.
import { indexTitle, type ListIndexPage } from "../../src/lists/list-indexes.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { ListLayout } from "../../_includes/layouts/ListLayout.tsx";

interface ListIndexData extends TemplateData {
  listIndex: ListIndexPage;
}

export const data = {
  pagination: { data: "collections.listIndexes", size: 1, alias: "listIndex", addAllPagesToCollections: true },
  permalink: (data: ListIndexData) => data.listIndex.url,
};

export default function ListIndex(data: ListIndexData) {
  const { listIndex } = data;
  const { strings } = pageLanguage(data, listIndex.lang);
  const title = indexTitle(listIndex.kind, strings);
  return (
    <ListLayout
      data={data}
      lang={listIndex.lang}
      title={title}
      description={`${title}. ${strings.siteDescription}`}
      alternates={listIndex.alternates}
    >
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
    </ListLayout>
  );
}
