// One page of a list of articles: the cards, or a line saying there are none yet, then the numbered pages.
import type { Article } from "../../src/content/articles.ts";
import type { UiStrings } from "../../src/i18n/ui-strings.ts";
import { ArticleCard } from "./ArticleCard.tsx";
import { Pagination } from "./Pagination.tsx";

interface ArticleCardsProps {
  page: { items: Article[]; pageNumber: number; pageUrls: string[] };
  locale: string;
  strings: UiStrings;
  /** Cards already above these on the page (the home's featured ones), so only the page's first row loads at once. */
  cardsAbove?: number;
}

export function ArticleCards({ page, locale, strings, cardsAbove = 0 }: ArticleCardsProps) {
  return (
    <>
      {page.items.length === 0 && cardsAbove === 0 ? (
        <p>{strings.noArticles}</p>
      ) : (
        page.items.length > 0 && (
          <ul class="card-grid">
            {page.items.map((article, position) => (
              <ArticleCard key={article.url} article={article} locale={locale} position={cardsAbove + position} />
            ))}
          </ul>
        )
      )}
      <Pagination pageNumber={page.pageNumber} pageUrls={page.pageUrls} strings={strings} />
    </>
  );
}
