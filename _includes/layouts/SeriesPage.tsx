// A series' page (/ru/series/<slug>/): a link to all series, its parts in reading order as list cards, the series' JSON-LD.
import { seriesTitle, type SeriesListPage } from "../../src/lists/series.ts";
import { sectionUrl } from "../../src/lists/urls.ts";
import { pageLanguage, type TemplateData } from "../../src/render/site-data.ts";
import { seriesJsonLd } from "../../src/seo/json-ld.ts";
import { ArticleCards } from "../components/ArticleCards.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { ListLayout } from "./ListLayout.tsx";

export function SeriesPage({ data, listPage }: { data: TemplateData; listPage: SeriesListPage }) {
  const { language, strings } = pageLanguage(data, listPage.lang);
  const title = seriesTitle(listPage, strings);
  return (
    <ListLayout
      data={data}
      lang={listPage.lang}
      title={title}
      description={`${title}. ${strings.siteDescription}`}
      alternates={listPage.alternates}
      head={<JsonLd data={seriesJsonLd(listPage.series, data.site.url)} />}
    >
      <p>
        <a href={sectionUrl("series", listPage.lang)}>{strings.allSeries}</a>
      </p>
      <ArticleCards page={listPage} locale={language.locale} strings={strings} />
    </ListLayout>
  );
}
