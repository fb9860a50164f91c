// On each part of a series: «Часть 2 из 4», a link to the series' page, and every part, the current one marked.
import type { Article } from "../../src/content/articles.ts";
import { fill, type UiStrings } from "../../src/i18n/ui-strings.ts";
import type { SeriesPlace } from "../../src/lists/series.ts";
import { notIndexed } from "../../src/search/metadata.ts";

export function SeriesNavigation({ article, place, strings }: { article: Article; place?: SeriesPlace; strings: UiStrings }) {
  if (!place) return null;
  const { series, part } = place;
  const title = fill(strings.seriesTitle, { name: series.name });
  return (
    <nav class="series-nav" aria-label={title} {...notIndexed}>
      <p>
        <span class="series-part">{fill(strings.seriesPartOf, { part, total: series.parts.length })}</span> ·{" "}
        <a href={series.url}>{title}</a>
      </p>
      <ol>
        {series.parts.map((other) => (
          <li key={other.url}>
            <a href={other.url} aria-current={other.url === article.url ? "page" : undefined}>
              {other.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
