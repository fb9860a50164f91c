// The index of each kind of list in each language (/ru/categories/, /ru/tags/, /ru/authors/, /ru/archive/, /ru/series/), with counts.
import { formatDay } from "../../src/content/dates.ts";
import { fill } from "../../src/i18n/ui-strings.ts";
import { emptyIndexText, indexTitle, type ListIndexEntry, type ListIndexPage } from "../../src/lists/list-indexes.ts";
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
  const { language, strings } = pageLanguage(data, listIndex.lang);
  const title = indexTitle(listIndex.kind, strings);
  // A series says what it counts and when it was last continued; other lists count articles, as «(12)».
  const count = (entry: ListIndexEntry) =>
    entry.latest === undefined ? (
      `(${entry.count})`
    ) : (
      <>
        {fill(strings.seriesParts, { count: entry.count })} · {strings.seriesLatestPart}:{" "}
        <time datetime={entry.latest}>{formatDay(entry.latest, language.locale)}</time>
      </>
    );
  return (
    <ListLayout
      data={data}
      lang={listIndex.lang}
      title={title}
      description={`${title}. ${strings.siteDescription}`}
      alternates={listIndex.alternates}
    >
      {listIndex.entries.length === 0 ? (
        <p>{emptyIndexText(listIndex.kind, strings)}</p>
      ) : (
        <ul class={`list-index list-index-${listIndex.kind}`}>
          {listIndex.entries.map((entry) => (
            <li key={entry.url}>
              <a href={entry.url}>{entry.name}</a> <span class="list-count">{count(entry)}</span>
            </li>
          ))}
        </ul>
      )}
    </ListLayout>
  );
}
