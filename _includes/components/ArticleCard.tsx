// One article in a list: hero thumbnail, title link, date and description.
import type { Article } from "../../src/content/articles.ts";
import { formatDay } from "../../src/content/dates.ts";
import { listUrl } from "../../src/lists/urls.ts";

/**
 * Cards in the grid's widest row: .card-grid fits columns of at least 20rem into the 72rem page (site.css), three.
 * Those images are in the first screen, so they load at once; the first is the page's largest paint.
 */
export const cardsInFirstRow = 3;

export function ArticleCard({ article, locale, position }: { article: Article; locale: string; position: number }) {
  const firstRow = position < cardsInFirstRow;
  return (
    <li class="card">
      <img
        src={article.heroImage}
        alt=""
        sizes="(min-width: 72rem) 22rem, (min-width: 44rem) 45vw, 100vw"
        loading={firstRow ? "eager" : "lazy"}
        fetchpriority={position === 0 ? "high" : undefined}
        decoding="async"
        data-article-file={article.inputPath}
      />
      <h2>
        <a href={article.url}>{article.title}</a>
      </h2>
      <p class="card-meta">
        <time datetime={article.dates.published.day}>{formatDay(article.dates.published.day, locale)}</time> ·{" "}
        <a href={listUrl("category", article.lang, article.category)}>{article.category}</a>
      </p>
      <p>{article.description}</p>
    </li>
  );
}
